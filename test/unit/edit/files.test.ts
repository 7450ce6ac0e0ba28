/**
 * The editor's ZIP of data/: the published files, exported with no edit and read back, are data/ byte
 * for byte; a ZIP that is broken, foreign or lacks a file is refused with words that say so.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readDataFolder } from '../../../src/edit/plugin';
import { fromZip, sameFiles, toZip, ZipError } from '../../../src/edit/files';

const DATA = join(process.cwd(), 'data');

describe('the ZIP of data/', () => {
  it('holds every file of data/, byte for byte, when nothing is edited', () => {
    const files = readDataFolder(DATA);
    expect(Object.keys(files)).toContain('data/meetings.json');
    expect(Object.keys(files)).toContain('data/sources/001_94f81d82d71f973a.txt');
    const back = fromZip(toZip(files));
    expect(sameFiles(back, files)).toBe(true);
    for (const [path, text] of Object.entries(back)) expect(Buffer.from(text, 'utf8').equals(readFileSync(join(DATA, '..', path))), path).toBe(true);
  });

  it('is the same ZIP for the same files', () => {
    const files = readDataFolder(DATA);
    expect(Buffer.from(toZip(files)).equals(Buffer.from(toZip(files)))).toBe(true);
  });

  it('is read from inside a folder, as an unpacking tool may have put it', () => {
    const files = readDataFolder(DATA);
    const nested = zipSync(Object.fromEntries(Object.entries(files).map(([p, t]) => [`pcocp-data/${p}`, strToU8(t)])));
    expect(sameFiles(fromZip(nested), files)).toBe(true);
  });

  it('refuses what is not one, saying why', () => {
    expect(() => fromZip(strToU8('not a zip at all'))).toThrow(ZipError);
    expect(() => fromZip(strToU8('not a zip at all'))).toThrow(/not a ZIP/);
    const broken = toZip(readDataFolder(DATA)).slice(0, 2000);
    expect(() => fromZip(broken)).toThrow(/not a ZIP/);
    expect(() => fromZip(zipSync({ 'photos/cat.jpg': new Uint8Array([255, 216, 255]) }))).toThrow(/no data\/ folder/);
    const files = { ...readDataFolder(DATA) };
    delete files['data/themes.json'];
    expect(() => fromZip(toZip(files))).toThrow(/lacks themes\.json/);
    expect(() => fromZip(zipSync({ 'data/meetings.json': new Uint8Array([0xff, 0xfe, 0x00]) }))).toThrow(/not text/);
  });
});
