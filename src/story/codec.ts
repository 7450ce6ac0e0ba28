/**
 * A presenter's own story, written into a link and into a file, and read back. Pure.
 *
 * In a link (`?story=2.…`) the story is compact: the format's version, a dot, then the story as a
 * JSON array of arrays, UTF-8, in base64url (no character the URL must escape). The version stands
 * outside the base64 so that a link from a newer format is recognised as such without being read.
 * A step is `[date, caption, notes, views, theme]`, trailing defaults left out; `views` names the
 * stage's parts by id, joined by commas (`"map,board"`), so that a view can be added or removed
 * without changing what an older link says (a part no longer there is left out). Version 1 wrote
 * them as a bit set over V1_VIEWS; such links still open. In a file the same story is spelled out as
 * an object a person can read.
 *
 * Everything a presenter writes is text: it is shown as text, never as markup.
 */
import { parsePartialDate } from '../lib/dates/partial-date';
import { STAGE_PARTS, type StagePartId } from '../views';

/** The version this code writes; it reads every version up to it. */
export const STORY_VERSION = 2;
/** The version of the file this code writes (its views were always named by id: unchanged since 1); it reads every version up to it. */
export const STORY_FILE_VERSION = 1;
/** What a story file says it is. */
export const STORY_FILE_FORMAT = 'pcocp-story';
/** A link longer than this may be cut by mail programs and browsers: the story is offered as a file instead. */
export const STORY_URL_LIMIT = 8000;

/** What the stage can show at a step (`src/views/`), in their order. */
export const VIEWS = STAGE_PARTS.map((part) => part.id) as readonly StagePartId[];
export type StageView = StagePartId;
/** Version 1's bit set, in the order of its bits: fixed for ever, so that its links open as they did. */
const V1_VIEWS = ['map', 'timeline', 'secretariat', 'board'] as const satisfies readonly StageView[];
/** The stage of the default story: the map and the timeline strip. */
export const DEFAULT_VIEWS: readonly StageView[] = ['map', 'timeline'];

/** Limits a story must keep: generous for a talk, small enough to stop a pasted novel. */
export const LIMITS = { steps: 60, title: 200, caption: 300, notes: 2000 } as const;

export interface StoryStepSpec {
  /** The day the step shows, "YYYY-MM-DD". */
  readonly date: string;
  /** The presenter's caption; empty for the events' own captions. */
  readonly caption: string;
  /** What the presenter says at this step; shown only in the presenter view. */
  readonly notes: string;
  /** The views the stage shows, in VIEWS order, at least one. */
  readonly views: readonly StageView[];
  /** A theme id that filters the meetings, or null. */
  readonly theme: string | null;
}

export interface Story {
  readonly title: string;
  readonly steps: readonly StoryStepSpec[];
}

export type StoryProblem = 'malformed' | 'future';
export type ReadStory = { readonly ok: true; readonly story: Story } | { readonly ok: false; readonly problem: StoryProblem };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const THEME_ID = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
const DEFAULT_MASK = 0b11;
const DEFAULT_IDS = idsOf(DEFAULT_VIEWS);

/** Version 1's views: a bit set over V1_VIEWS. */
function viewsOfMask(mask: unknown): StageView[] | null {
  if (typeof mask !== 'number' || !Number.isInteger(mask) || mask < 1 || mask >= 1 << V1_VIEWS.length) return null;
  const set: readonly StageView[] = V1_VIEWS.filter((_, bit) => mask & (1 << bit));
  return VIEWS.filter((view) => set.includes(view));
}

/** Version 2's views: ids joined by commas, in VIEWS order. */
function idsOf(views: readonly StageView[]): string {
  return VIEWS.filter((view) => views.includes(view)).join(',');
}

/** The views a version 2 link names, in VIEWS order; ids of parts no longer there are left out. */
function viewsOfIds(ids: unknown): StageView[] | null {
  if (typeof ids !== 'string') return null;
  const named = ids.split(',');
  return VIEWS.filter((view) => named.includes(view));
}

/** The link's form of a story: "2." and base64url. */
export function encodeStory(story: Story): string {
  const steps = story.steps.map((s) => {
    const tuple: string[] = [s.date, s.caption, s.notes, idsOf(s.views), s.theme ?? ''];
    const defaults: string[] = ['', '', '', DEFAULT_IDS, ''];
    while (tuple.length > 1 && tuple[tuple.length - 1] === defaults[tuple.length - 1]) tuple.pop();
    return tuple;
  });
  return `${STORY_VERSION}.${toBase64Url(JSON.stringify([story.title, steps]))}`;
}

/** Reads a story link's value. Anything that is not a whole, valid story reads as a problem, never half a story. */
export function decodeStory(code: string): ReadStory {
  const dot = code.indexOf('.');
  const version = /^\d{1,6}$/.test(code.slice(0, dot)) ? Number(code.slice(0, dot)) : NaN;
  if (!Number.isInteger(version) || version < 1) return { ok: false, problem: 'malformed' };
  if (version > STORY_VERSION) return { ok: false, problem: 'future' };
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(code.slice(dot + 1)));
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  if (!Array.isArray(raw) || raw.length !== 2 || !Array.isArray(raw[1])) return { ok: false, problem: 'malformed' };
  const [title, tuples] = raw as [unknown, unknown[]];
  const steps = tuples.map((t) => {
    if (!Array.isArray(t) || t.length < 1 || t.length > 5) return null;
    const [date, caption = '', notes = '', views = version === 1 ? DEFAULT_MASK : DEFAULT_IDS, theme = ''] = t as unknown[];
    const shown = version === 1 ? viewsOfMask(views) : viewsOfIds(views);
    if (!shown) return null;
    return checkStep({ date, caption, notes, views: shown, theme: theme === '' ? null : theme });
  });
  return checked(title, steps);
}

/** The file's form of a story: readable JSON that says what it is and which version wrote it. */
export function storyToJson(story: Story): string {
  return `${JSON.stringify({ format: STORY_FILE_FORMAT, version: STORY_FILE_VERSION, title: story.title, steps: story.steps }, null, 2)}\n`;
}

/** Reads a story file. */
export function storyFromJson(text: string): ReadStory {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  if (typeof raw !== 'object' || raw === null) return { ok: false, problem: 'malformed' };
  const file = raw as Record<string, unknown>;
  if (file.format !== STORY_FILE_FORMAT || typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) return { ok: false, problem: 'malformed' };
  if (file.version > STORY_FILE_VERSION) return { ok: false, problem: 'future' };
  if (!Array.isArray(file.steps)) return { ok: false, problem: 'malformed' };
  const steps = file.steps.map((s: unknown) => {
    if (typeof s !== 'object' || s === null) return null;
    const step = s as Record<string, unknown>;
    const views = step.views;
    // A part no longer on the stage is left out (a step with none left is not a step).
    if (!Array.isArray(views)) return null;
    return checkStep({ date: step.date, caption: step.caption ?? '', notes: step.notes ?? '', views: VIEWS.filter((v) => views.includes(v)), theme: step.theme ?? null });
  });
  return checked(file.title ?? '', steps);
}

function checkStep(s: { date: unknown; caption: unknown; notes: unknown; views: StageView[]; theme: unknown }): StoryStepSpec | null {
  if (typeof s.date !== 'string' || !ISO_DAY.test(s.date) || !parsePartialDate(s.date)) return null;
  if (typeof s.caption !== 'string' || s.caption.length > LIMITS.caption) return null;
  if (typeof s.notes !== 'string' || s.notes.length > LIMITS.notes) return null;
  if (s.views.length === 0) return null;
  if (s.theme !== null && (typeof s.theme !== 'string' || !THEME_ID.test(s.theme))) return null;
  return { date: s.date, caption: s.caption, notes: s.notes, views: s.views, theme: s.theme };
}

function checked(title: unknown, steps: (StoryStepSpec | null)[]): ReadStory {
  if (typeof title !== 'string' || title.length > LIMITS.title) return { ok: false, problem: 'malformed' };
  if (steps.length === 0 || steps.length > LIMITS.steps || steps.some((s) => s === null)) return { ok: false, problem: 'malformed' };
  return { ok: true, story: { title, steps: steps as StoryStepSpec[] } };
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws on anything that is not base64url of UTF-8. */
function fromBase64Url(code: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(code)) throw new Error('not base64url');
  const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
