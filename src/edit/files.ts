/**
 * The data as files: every file of `data/` by its path ("data/meetings.json", "data/sources/005_….txt")
 * and its text, byte for byte. The editor keeps the published files and its draft this way, and a ZIP
 * is written from them and read back into them (fflate: a small, dependency-free ZIP library).
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { FILE_NAMES, type FileName } from '../lib/data/schema';
import { t } from '../i18n';

export type DataFiles = Readonly<Record<string, string>>;

/** A JSON file's path. */
export const jsonPath = (file: FileName): string => `data/${file}`;

/** A source text's path. */
export const textPath = (file: string): string => `data/sources/${file}`;

/**
 * How the editor writes a JSON file it changed: two spaces, one item a line, a newline at the end (the
 * files it did not change keep their own layout, byte for byte).
 */
export const writeJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The ZIP of the files, each at its path (the folder `data/`), to be unpacked over the repository. */
export function toZip(files: DataFiles): Uint8Array {
  // A fixed time, so that the same files give the same ZIP.
  const mtime = new Date(Date.UTC(2026, 0, 1));
  return zipSync(Object.fromEntries(Object.keys(files).sort().map((path) => [path, [strToU8(files[path]!), { mtime }]])), { level: 6 });
}

/** Why a ZIP cannot be read as the data, in words for the person who chose it. */
export class ZipError extends Error {
  override name = 'ZipError';
}

/**
 * The files of a ZIP of `data/`: its entries under a `data/` folder (at the top, or inside one other
 * folder, as unpacking tools make them). Throws a ZipError saying what is wrong: not a ZIP (or a broken
 * one), no data files, a data file missing, a file that is not text.
 */
export function fromZip(bytes: Uint8Array): DataFiles {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    throw new ZipError(t('edit.zip.unreadable', { error: (error as Error).message }));
  }
  const paths = Object.keys(entries).filter((p) => !p.endsWith('/'));
  const meetings = paths.find((p) => /(^|\/)data\/meetings\.json$/.test(p));
  if (!meetings) throw new ZipError(t('edit.zip.foreign', { folder: 'data/', file: 'data/meetings.json' }));
  const root = meetings.slice(0, -'data/meetings.json'.length);
  const files: Record<string, string> = {};
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const path of paths) {
    if (!path.startsWith(`${root}data/`)) continue;
    try {
      files[path.slice(root.length)] = decoder.decode(entries[path]!);
    } catch {
      throw new ZipError(t('edit.zip.notText', { path: path.slice(root.length) }));
    }
  }
  const missing = FILE_NAMES.filter((f) => !(jsonPath(f) in files));
  if (missing.length) throw new ZipError(t('edit.zip.lacks', { folder: 'data/', files: missing.join(', ') }));
  return files;
}

/** Whether two sets of files are the same, byte for byte. */
export const sameFiles = (a: DataFiles, b: DataFiles): boolean => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && a[k] === b[k]);
};
