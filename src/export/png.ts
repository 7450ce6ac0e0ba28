/**
 * A PNG's physical size: the pHYs chunk, which tells a word processor how many pixels make an inch,
 * so that a figure made for print at 300 dpi is placed at its size on the page rather than at 96 dpi.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The PNG with a pHYs chunk for `dpi` (any pHYs it had is replaced); throws on bytes that are not a PNG. */
export function withDpi(png: Uint8Array, dpi: number): Uint8Array<ArrayBuffer> {
  if (!SIGNATURE.every((b, i) => png[i] === b)) throw new Error('Not a PNG');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Uint8Array[] = [png.subarray(0, 8)];
  const perMetre = Math.round(dpi / 0.0254);
  const phys = new Uint8Array(21);
  const out = new DataView(phys.buffer);
  out.setUint32(0, 9);
  phys.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  out.setUint32(8, perMetre);
  out.setUint32(12, perMetre);
  phys[16] = 1; // the unit is the metre
  out.setUint32(17, crc32(phys.subarray(4, 17)));
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (type !== 'pHYs') chunks.push(png.subarray(at, end));
    if (type === 'IHDR') chunks.push(phys);
    at = end;
  }
  const result = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    result.set(c, offset);
    offset += c.length;
  }
  return result;
}

/** The dots per inch a PNG's pHYs chunk gives, or null when it has none (or no unit). */
export function dpiOf(png: Uint8Array): number | null {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let at = 8; at + 8 <= png.length; ) {
    const length = view.getUint32(at);
    if (String.fromCharCode(...png.subarray(at + 4, at + 8)) === 'pHYs') return png[at + 16] === 1 ? Math.round(view.getUint32(at + 8) * 0.0254) : null;
    at += 12 + length;
  }
  return null;
}
