/**
 * The editor's draft: the published files of `data/` and what the editor changed, kept in the
 * browser (localStorage) after every change, so that a reload or a closed tab loses nothing, until
 * the draft is discarded. The changes are listed against the published data, fact by fact.
 */
import { FILE_NAMES, type FileName } from '../lib/data/schema';
import type { Json } from '../lib/data/sources-check';
import { jsonPath, writeJson, type DataFiles } from './files';
import { textHash } from './facts';
import { t } from '../i18n';

const KEY = 'pcocp:editor-draft';
const VERSION = 1;

/** One change against the published data. */
export interface Change {
  readonly file: string;
  readonly what: 'added' | 'changed' | 'removed';
  /** What changed, in words: the fact's title, name or id, or the file. */
  readonly label: string;
}

/** What changed between the published files and the draft's. */
export function changesOf(published: DataFiles, files: DataFiles): Change[] {
  const out: Change[] = [];
  for (const path of Object.keys(files)) {
    if (published[path] === files[path]) continue;
    const file = path.slice('data/'.length);
    if (!path.endsWith('.json') || !(path in published)) {
      out.push({ file, what: path in published ? 'changed' : 'added', label: path.startsWith('data/sources/') ? t('edit.draft.text', { file: file.slice('sources/'.length) }) : file });
      continue;
    }
    const before = JSON.parse(published[path]!) as Json;
    const after = JSON.parse(files[path]!) as Json;
    if (!Array.isArray(before) || !Array.isArray(after)) {
      if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ file, what: 'changed', label: file });
      continue;
    }
    const byId = (list: Json[]) => new Map(list.map((item) => [String((item as { id?: Json }).id), item]));
    const [old, now] = [byId(before), byId(after)];
    const label = (item: Json) => {
      const o = item as { title?: Json; name?: Json; label?: Json; id?: Json };
      return String(o.title ?? o.name ?? o.label ?? o.id);
    };
    for (const [id, item] of now) {
      if (!old.has(id)) out.push({ file, what: 'added', label: label(item) });
      else if (JSON.stringify(old.get(id)) !== JSON.stringify(item)) out.push({ file, what: 'changed', label: label(item) });
    }
    for (const [id, item] of old) if (!now.has(id)) out.push({ file, what: 'removed', label: label(item) });
  }
  return out;
}

export class Draft {
  /** The files as published (the build's `data/`). */
  readonly published: DataFiles;
  #storage: Storage | undefined;
  /** The files the draft changed or added, by path. */
  #changed = $state<Record<string, string>>({});
  /** Why the draft could not be kept in the browser, if it could not. */
  storageError = $state<string | null>(null);
  /** Set where the draft kept in the browser was begun on other published data (a release since). */
  stale = $state(false);
  /** The published data's fingerprint, kept with the draft. */
  #base: string;

  #files = $derived.by((): DataFiles => ({ ...this.published, ...this.#changed }));
  #changes = $derived.by(() => changesOf(this.published, this.#files));

  /** Every file of the draft: the published ones, with the draft's over them. */
  get files(): DataFiles {
    return this.#files;
  }

  /** What the draft changed against the published data. */
  get changes(): readonly Change[] {
    return this.#changes;
  }

  constructor(published: DataFiles, storage?: Storage) {
    this.published = published;
    this.#storage = storage;
    this.#base = textHash(Object.keys(published).sort().map((path) => `${path}\n${published[path]}`).join('\n'));
    try {
      const kept = storage?.getItem(KEY);
      const parsed = kept ? (JSON.parse(kept) as { version?: number; base?: string; changed?: Record<string, string> }) : null;
      if (parsed?.version === VERSION && parsed.changed) {
        this.#changed = this.#without(parsed.changed);
        this.stale = parsed.base !== this.#base && Object.keys(this.#changed).length > 0;
      }
    } catch {
      this.storageError = t('edit.storage.unreadable');
    }
  }

  /** A JSON file's value in the draft. */
  value(file: FileName): Json {
    return JSON.parse(this.files[jsonPath(file)]!) as Json;
  }

  /** Sets a JSON file's value (written in the editor's layout, unless it is the published value). */
  setJson(file: FileName, value: Json): void {
    const path = jsonPath(file);
    const published = this.published[path];
    const same = published !== undefined && JSON.stringify(JSON.parse(published)) === JSON.stringify(value);
    this.#set(path, same ? undefined : writeJson(value));
  }

  /** Sets a text file (a source's text). */
  setText(path: string, text: string): void {
    this.#set(path, this.published[path] === text ? undefined : text);
  }

  /** Takes a set of files (an imported ZIP) as the draft. */
  replace(files: DataFiles): void {
    this.#changed = this.#without(files);
    this.#keep();
  }

  /** Back to the published data; the kept draft is removed. */
  discard(): void {
    this.#changed = {};
    this.stale = false;
    this.#keep();
  }

  /** Only what differs from the published files, and only JSON files the data has and texts. */
  #without(files: DataFiles): Record<string, string> {
    const known = new Set(FILE_NAMES.map(jsonPath));
    return Object.fromEntries(Object.entries(files).filter(([path, text]) => this.published[path] !== text && (known.has(path) || path.startsWith('data/sources/'))));
  }

  #set(path: string, text: string | undefined): void {
    const next = { ...this.#changed };
    if (text === undefined) delete next[path];
    else next[path] = text;
    this.#changed = next;
    this.#keep();
  }

  #keep(): void {
    try {
      if (Object.keys(this.#changed).length) this.#storage?.setItem(KEY, JSON.stringify({ version: VERSION, base: this.#base, changed: this.#changed }));
      else this.#storage?.removeItem(KEY);
      this.storageError = null;
    } catch (error) {
      this.storageError = t('edit.storage.full', { error: (error as Error).message });
    }
  }
}
