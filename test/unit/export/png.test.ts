import { describe, expect, it } from 'vitest';
import { crc32, deflateSync } from 'node:zlib';
import { dpiOf, withDpi } from '../../../src/export/png';

/** A real 1x1 PNG made here: signature, IHDR, IDAT, IEND (CRCs left zero: readers of this test do not check them). */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    new DataView(out.buffer).setUint32(0, data.length);
    out.set([...type].map((c) => c.charCodeAt(0)), 4);
    out.set(data, 8);
    return out;
  };
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, 1);
  new DataView(ihdr.buffer).setUint32(4, 1);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.from([0, 0]))), chunk('IEND', new Uint8Array())];
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}

describe('withDpi', () => {
  it('writes a pHYs chunk right after IHDR, and reads back the dpi', () => {
    const png = tinyPng();
    const copy = png.slice();
    const out = withDpi(png, 300);
    expect(dpiOf(png)).toBeNull();
    expect(dpiOf(out)).toBe(300);
    expect(String.fromCharCode(...out.subarray(37, 41))).toBe('pHYs'); // 8 signature + 25 IHDR + 4 length
    expect(out.length).toBe(png.length + 21);
    expect(png).toEqual(copy); // the input is left as it was
  });

  it('replaces a pHYs chunk it already has', () => {
    const twice = withDpi(withDpi(tinyPng(), 96), 300);
    expect(dpiOf(twice)).toBe(300);
    expect(twice.length).toBe(tinyPng().length + 21);
  });

  it('gives the chunk the CRC-32 zlib computes', () => {
    const out = withDpi(tinyPng(), 300);
    expect(new DataView(out.buffer).getUint32(50)).toBe(crc32(out.subarray(37, 50)));
  });

  it('refuses what is not a PNG', () => {
    expect(() => withDpi(new Uint8Array([1, 2, 3]), 300)).toThrow('Not a PNG');
  });
});
