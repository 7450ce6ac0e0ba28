/**
 * The editor's forms and the facts they make: a source (its `sources.json` entry and its text's file
 * name) and a meeting (its `meetings.json` object), in the project's own shapes. A fact being
 * corrected keeps every field the form does not show. Pure.
 */
import type { Json } from '../lib/data/sources-check';
import { RULES, type FieldProblem } from './rules';
import { t } from '../i18n';

export interface SourceForm {
  title: string;
  publisher: string;
  /** Why no publisher is named (where none is). */
  publisherNote: string;
  /** The date of issue, YYYY, YYYY-MM or YYYY-MM-DD; empty for an undated text. */
  issued: string;
  /** The text's own words that date it (its dateline). */
  issuedQuote: string;
  /** The date is borrowed (the text gives none), and why. */
  inferred: boolean;
  inferredReason: string;
  /** Where it was published (an address, or where it was taken from). */
  address: string;
  covers: string;
  text: string;
}

export const emptySource = (): SourceForm => ({ title: '', publisher: '', publisherNote: '', issued: '', issuedQuote: '', inferred: false, inferredReason: '', address: '', covers: '', text: '' });

/** The form of a source already saved, to correct it: its entry in sources.json and its text. */
export function sourceFormOf(s: Json, text: string): SourceForm {
  const entry = s as { title: string; publisher: string | null; publisherNote?: string; issued: string | null; issuedQuote?: string; inferred?: { reason: string }; takenFrom: string; covers: string };
  return {
    title: entry.title,
    publisher: entry.publisher ?? '',
    publisherNote: entry.publisherNote ?? '',
    issued: entry.issued ?? '',
    issuedQuote: entry.issuedQuote ?? '',
    inferred: entry.inferred !== undefined,
    inferredReason: entry.inferred?.reason ?? '',
    address: entry.takenFrom,
    covers: entry.covers,
    text,
  };
}

/**
 * A source's entry corrected: its id and file kept (every fact cites the id), its title, address and
 * what it covers from the form, and its publisher and date of issue made anew only where the form
 * changed them (the entry's own words for them, such as an undated text's `issuedText`, are kept).
 */
export function sourceEntryOver(form: SourceForm, base: Json): Json {
  const old = base as { [key: string]: Json };
  const before = sourceFormOf(base, form.text);
  const made = sourceEntry(form, String(old.id), String(old.file)) as { [key: string]: Json };
  const same = (keys: (keyof SourceForm)[]) => keys.every((k) => form[k] === before[k]);
  const out = { ...old };
  const take = (keys: string[]) => {
    for (const k of keys) {
      if (k in made) out[k] = made[k]!;
      else delete out[k];
    }
  };
  take(['title', 'takenFrom', 'covers']);
  if (!same(['publisher', 'publisherNote'])) take(['publisher', 'publisherNote']);
  if (!same(['issued', 'issuedQuote', 'inferred', 'inferredReason'])) take(['issued', 'issuedQuote', 'issuedText', 'inferred']);
  return out;
}

/** 16 hex digits of a text's 64-bit FNV-1a hash: the file name's second half, as in `000_f6aa2f66c08bdbba.txt`. */
export function textHash(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) h = BigInt.asUintN(64, (h ^ BigInt(byte)) * 0x100000001b3n);
  return h.toString(16).padStart(16, '0');
}

/** The next file name for a source text: the next number after the files already there, and the text's hash. */
export function sourceFileName(existing: readonly string[], text: string): string {
  const numbers = existing.map((f) => Number(/^(\d{3})_/.exec(f)?.[1] ?? -1));
  return `${String(Math.max(-1, ...numbers) + 1).padStart(3, '0')}_${textHash(text)}.txt`;
}

/** A lower-case id from a title's first words ("OSCE supports 10th Meeting" → "osce-supports-10th-meeting"), unused by `taken`. */
export function idFrom(title: string, taken: ReadonlySet<string>): string {
  const words = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .split(/[\s-]+/)
    .filter(Boolean)
    .slice(0, 5);
  const base = words.join('-') || 'source';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A source's entry in `sources.json`, with its id and file. */
export function sourceEntry(form: SourceForm, id: string, file: string): Json {
  const trimmed = (s: string) => s.trim();
  return {
    id,
    file,
    title: trimmed(form.title),
    publisher: trimmed(form.publisher) || null,
    ...(trimmed(form.publisher) || !trimmed(form.publisherNote) ? {} : { publisherNote: trimmed(form.publisherNote) }),
    takenFrom: trimmed(form.address),
    issued: trimmed(form.issued) || null,
    ...(!form.inferred && trimmed(form.issuedQuote) ? { issuedQuote: trimmed(form.issuedQuote) } : {}),
    issuedText: form.inferred ? `Undated; ${trimmed(form.inferredReason)}` : trimmed(form.issuedQuote) || 'Undated',
    ...(form.inferred ? { inferred: { reason: trimmed(form.inferredReason), sources: [id] } } : {}),
    covers: trimmed(form.covers),
  };
}

export interface TopicForm {
  text: string;
  themes: string[];
  /** The sources of a topic already saved (a new one cites the meeting's). */
  sources?: string[];
}

export type PlaceKind = 'city' | 'online' | 'unknown';

/** A fact in the source's words (an organiser, a participants' line, an outcome, a note, a speaker's words): the words and the sources that give them. */
export interface QuotedForm {
  text: string;
  sources: string[];
}

export const quotedFormOf = (q: Json): QuotedForm => ({ text: (q as { text: string }).text, sources: [...(q as { sources: string[] }).sources] });
const quotedOf = (q: QuotedForm): Json => ({ text: q.text.trim(), sources: [...q.sources] });

/** Someone a source names as speaking: their name and role as the source gives them, their words (in quotation marks in the source) and what the source reports of them. */
export interface SpeakerForm {
  name: string;
  role: string;
  quotes: QuotedForm[];
  reported: QuotedForm[];
}

export const emptySpeaker = (): SpeakerForm => ({ name: '', role: '', quotes: [], reported: [] });

function speakerFormOf(s: Json): SpeakerForm {
  const speaker = s as { name: string; role: string; quotes?: Json[]; reported?: Json[] };
  return { name: speaker.name, role: speaker.role, quotes: (speaker.quotes ?? []).map(quotedFormOf), reported: (speaker.reported ?? []).map(quotedFormOf) };
}

function speakerOf(s: SpeakerForm): Json {
  return { name: s.name.trim(), role: s.role.trim(), ...(s.quotes.length ? { quotes: s.quotes.map(quotedOf) } : {}), ...(s.reported.length ? { reported: s.reported.map(quotedOf) } : {}) };
}

export interface MeetingForm {
  number: string;
  title: string;
  /** The first (or only) day, YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** The last day of a meeting of several days. */
  end: string;
  /** The source's words for the date, verbatim. */
  dateText: string;
  place: PlaceKind;
  city: string;
  country: string;
  sources: string[];
  topics: TopicForm[];
  /** A city the map does not know yet: its centre's coordinates (reference data, not from the sources). */
  lon: string;
  lat: string;
  /** Who organised it (none or one), in the source's words. */
  organisers: QuotedForm[];
  participants: QuotedForm[];
  speakers: SpeakerForm[];
  outcomes: QuotedForm[];
  notes: QuotedForm[];
}

export const emptyMeeting = (): MeetingForm => ({
  number: '',
  title: '',
  date: '',
  end: '',
  dateText: '',
  place: 'city',
  city: '',
  country: '',
  sources: [],
  topics: [{ text: '', themes: [] }],
  lon: '',
  lat: '',
  organisers: [],
  participants: [],
  speakers: [],
  outcomes: [],
  notes: [],
});

const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth', 'Thirteenth', 'Fourteenth', 'Fifteenth', 'Sixteenth', 'Seventeenth', 'Eighteenth', 'Nineteenth', 'Twentieth'];

/** "Tenth meeting", as the data titles the numbered meetings. */
export const meetingTitle = (number: string): string => {
  const n = Number(number);
  return Number.isInteger(n) && n >= 1 ? `${ORDINALS[n - 1] ?? `Meeting ${n}:`} meeting`.replace(': meeting', '') : '';
};

/** The form of a meeting already in the data, to correct it. */
export function meetingFormOf(m: Json): MeetingForm {
  const meeting = m as {
    number: number | null;
    title: string;
    when: { start: string; end?: string; text?: string; sources: string[] };
    place: { kind: PlaceKind; city?: string; country?: string };
    topics: { text: string; themes: string[]; sources: string[] }[];
    organisers?: Json;
    participants?: Json[];
    speakers?: Json[];
    outcomes: Json[];
    notes: Json[];
  };
  return {
    number: meeting.number === null ? '' : String(meeting.number),
    title: meeting.title,
    date: meeting.when.start,
    end: meeting.when.end ?? '',
    dateText: meeting.when.text ?? '',
    place: meeting.place.kind,
    city: meeting.place.city ?? '',
    country: meeting.place.country ?? '',
    sources: [...meeting.when.sources],
    topics: meeting.topics.map((t) => ({ text: t.text, themes: [...t.themes], sources: [...t.sources] })),
    lon: '',
    lat: '',
    organisers: meeting.organisers ? [quotedFormOf(meeting.organisers)] : [],
    participants: (meeting.participants ?? []).map(quotedFormOf),
    speakers: (meeting.speakers ?? []).map(speakerFormOf),
    outcomes: meeting.outcomes.map(quotedFormOf),
    notes: meeting.notes.map(quotedFormOf),
  };
}

/** Whether the map knows a city (`cartography.json`'s places). */
export const knownCity = (cartography: Json, city: string, country: string): boolean =>
  ((cartography as { places: { city: string; country: string }[] }).places ?? []).some((p) => p.city === city.trim() && p.country === country);

/**
 * The place `cartography.json` needs for a meeting in a city the map does not know yet, or null where it
 * knows it (or the meeting is not in a city). Coordinates that are not numbers are kept as written (the
 * schema's check then names them).
 */
export function newPlace(form: MeetingForm, cartography: Json): Json | null {
  if (form.place !== 'city' || !form.city.trim() || !form.country || knownCity(cartography, form.city, form.country)) return null;
  const number = (s: string): Json => (s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : s.trim());
  return { city: form.city.trim(), country: form.country, lon: number(form.lon), lat: number(form.lat), basis: 'reference' };
}

/**
 * A meeting's object in `meetings.json` from its form: over the meeting it corrects (`base`), whose
 * other fields it keeps, or a new conference meeting. A number that is not a whole number is kept as
 * the form has it (the schema's check then names it).
 */
export function meetingOf(form: MeetingForm, base?: Json): Json {
  const old = (base ?? {}) as { [key: string]: Json };
  const trimmed = (s: string) => s.trim();
  const number: Json = /^\d+$/.test(trimmed(form.number)) ? Number(trimmed(form.number)) : trimmed(form.number) || null;
  const sources = [...form.sources];
  const oldPlace = old.place as { kind?: string; sources?: string[] } | undefined;
  const placeSources = oldPlace?.kind === form.place && oldPlace.sources ? oldPlace.sources : sources;
  const oldWhen = (old.when ?? {}) as { [key: string]: Json };
  const { end: _end, text: _text, ...keptWhen } = oldWhen;
  const made: { [key: string]: Json | undefined } = {
    id: typeof old.id === 'string' ? old.id : `meeting-${typeof number === 'number' ? number : 'new'}`,
    kind: 'conference',
    ...old,
    number,
    title: trimmed(form.title) || meetingTitle(form.number),
    when: {
      ...keptWhen,
      start: trimmed(form.date),
      ...(trimmed(form.end) ? { end: trimmed(form.end) } : {}),
      ...(trimmed(form.dateText) ? { text: trimmed(form.dateText) } : {}),
      sources,
    },
    place:
      form.place === 'city'
        ? { kind: 'city', city: trimmed(form.city), country: form.country, sources: placeSources }
        : form.place === 'online'
          ? { kind: 'online', sources: placeSources }
          : { kind: 'unknown' },
    // A list the form leaves empty is left out where the schema allows (where the meeting had it, in its place).
    organisers: form.organisers[0] ? quotedOf(form.organisers[0]) : undefined,
    participants: form.participants.length ? form.participants.map(quotedOf) : undefined,
    speakers: form.speakers.length ? form.speakers.map(speakerOf) : undefined,
    topics: form.topics.filter((t) => trimmed(t.text)).map((t) => ({ text: trimmed(t.text), themes: [...t.themes], sources: t.sources ?? sources })),
    outcomes: form.outcomes.map(quotedOf),
    notes: form.notes.map(quotedOf),
  };
  for (const key of Object.keys(made)) if (made[key] === undefined) delete made[key];
  return made as Json;
}

/**
 * A reading of a fact with a date (a member's joining, a term's start or end, a disagreement's
 * reading): its date at the source's precision, the meeting it happened at, the source's words and
 * the sources that give them; the kind of step for a term's. A reading corrected keeps what the form
 * does not show (an `inferred` and its reason).
 */
export interface ReadingForm {
  kind: string;
  date: string;
  event: string;
  text: string;
  sources: string[];
  /** The reading corrected, as the data has it. */
  base?: Json;
}

export const emptyReading = (kind = ''): ReadingForm => ({ kind, date: '', event: '', text: '', sources: [] });

export function readingFormOf(r: Json): ReadingForm {
  const reading = r as { kind?: string; date?: string; event?: string; text: string; sources: string[] };
  return { kind: reading.kind ?? '', date: reading.date ?? '', event: reading.event ?? '', text: reading.text, sources: [...reading.sources], base: r };
}

/** A reading's object: the kind (where it has one) first, as the data writes it; an empty date or meeting left out. */
export function readingOf(form: ReadingForm): Json {
  const { kind: _kind, date: _date, event: _event, text: _text, sources: _sources, ...kept } = (form.base ?? {}) as { [key: string]: Json };
  const trimmed = (s: string) => s.trim();
  return {
    ...(form.kind ? { kind: form.kind } : {}),
    ...(trimmed(form.date) ? { date: trimmed(form.date) } : {}),
    ...(form.event ? { event: form.event } : {}),
    text: trimmed(form.text),
    sources: [...form.sources],
    ...kept,
  };
}

export interface MemberForm {
  /** The member's country code (its id), one of osce-states.json's. */
  country: string;
  founding: boolean;
  /** Each reading of when it joined. */
  joined: ReadingForm[];
}

export const emptyMember = (): MemberForm => ({ country: '', founding: false, joined: [emptyReading()] });

export function memberFormOf(m: Json): MemberForm {
  const member = m as { id: string; founding: boolean; joined: Json[] };
  return { country: member.id, founding: member.founding, joined: member.joined.map(readingFormOf) };
}

/** A member's object in `members.json`, its codes and name from osce-states.json, over the member it corrects. */
export function memberOf(form: MemberForm, states: Json, base?: Json): Json {
  const state = ((states as { states: { id: string; isoNumeric: string; name: string }[] }).states ?? []).find((s) => s.id === form.country);
  const old = (base ?? {}) as { [key: string]: Json };
  return {
    ...old,
    id: form.country,
    isoNumeric: state?.isoNumeric ?? '',
    name: state?.name ?? '',
    founding: form.founding,
    joined: form.joined.map(readingOf),
  };
}

const trim = (s: string) => s.trim();

/** The id of a fact corrected, or a new one made from its words (unused by the others of its kind). */
const idOf = (base: Json | undefined, words: string, taken: ReadonlySet<string>, fallback: string): string =>
  typeof (base as { id?: Json } | undefined)?.id === 'string' ? ((base as { id: string }).id) : idFrom(words || fallback, taken);

export interface EventForm {
  title: string;
  date: string;
  place: PlaceKind;
  city: string;
  country: string;
  sources: string[];
  /** What it was, in the source's words. */
  summary: string;
  /** Who attended, in the source's words. */
  attendance: string;
  themes: string[];
}

export const emptyEvent = (): EventForm => ({ title: '', date: '', place: 'city', city: '', country: '', sources: [], summary: '', attendance: '', themes: [] });

export function eventFormOf(e: Json): EventForm {
  const event = e as { title: string; date: string; place: { kind: PlaceKind; city?: string; country?: string }; sources: string[]; summary: { text: string }; attendance: { text: string }; themes: string[] };
  return { title: event.title, date: event.date, place: event.place.kind, city: event.place.city ?? '', country: event.place.country ?? '', sources: [...event.sources], summary: event.summary.text, attendance: event.attendance.text, themes: [...event.themes] };
}

/** A related event's object in `related-events.json`, over the event it corrects; its quotes cite its sources (or keep the ones they had). */
export function eventOf(form: EventForm, taken: ReadonlySet<string>, base?: Json): Json {
  const old = (base ?? {}) as { [key: string]: Json };
  const sources = [...form.sources];
  const kept = (key: string) => ((old[key] as { [key: string]: Json } | undefined) ?? {});
  const cited = (key: string) => (Array.isArray(kept(key).sources) ? (kept(key).sources as Json[]) : sources);
  const oldPlace = old.place as { kind?: string; sources?: string[] } | undefined;
  const placeSources = oldPlace?.kind === form.place && oldPlace.sources ? oldPlace.sources : sources;
  return {
    id: idOf(base, form.title, taken, 'event'),
    ...old,
    title: trim(form.title),
    date: trim(form.date),
    place:
      form.place === 'city'
        ? { kind: 'city', city: trim(form.city), country: form.country, sources: placeSources }
        : form.place === 'online'
          ? { kind: 'online', sources: placeSources }
          : { kind: 'unknown' },
    attendance: { ...kept('attendance'), text: trim(form.attendance), sources: cited('attendance') },
    summary: { ...kept('summary'), text: trim(form.summary), sources: cited('summary') },
    outcomes: old.outcomes ?? [],
    notes: old.notes ?? [],
    themes: [...form.themes],
    sources,
  };
}

/** The kinds of step that begin or end a Secretariat term, as secretariat.json names them. */
export const STEPS = [
  { value: 'granted', get label() { return t('edit.step.granted'); } },
  { value: 'elected', get label() { return t('edit.step.elected'); } },
  { value: 'took-over', get label() { return t('edit.step.tookOver'); } },
  { value: 'handover', get label() { return t('edit.step.handover'); } },
  { value: 'term-end', get label() { return t('edit.step.termEnd'); } },
  { value: 'closure', get label() { return t('edit.step.closure'); } },
] as const;

export interface TermForm {
  country: string;
  /** The office as the source names it; empty where the sources name none. */
  office: string;
  from: ReadingForm[];
  to: ReadingForm[];
}

export const emptyTerm = (): TermForm => ({ country: '', office: '', from: [emptyReading('elected')], to: [] });

export function termFormOf(t: Json): TermForm {
  const term = t as { country: string; office: string | null; from: Json[]; to: Json[] };
  return { country: term.country, office: term.office ?? '', from: term.from.map(readingFormOf), to: term.to.map(readingFormOf) };
}

/** A term's object in secretariat.json's `terms`, over the term it corrects. */
export function termOf(form: TermForm, taken: ReadonlySet<string>, countryName: string, base?: Json): Json {
  const old = (base ?? {}) as { [key: string]: Json };
  return {
    id: idOf(base, `${countryName} ${form.office}`, taken, 'term'),
    ...old,
    country: form.country,
    office: trim(form.office) || null,
    from: form.from.map(readingOf),
    to: form.to.map(readingOf),
  };
}

export const DISAGREEMENT_KINDS = [
  { value: 'facts', get label() { return t('edit.disagreement.facts'); } },
  { value: 'wording', get label() { return t('edit.disagreement.wording'); } },
  { value: 'open', get label() { return t('edit.disagreement.open'); } },
] as const;

export interface DisagreementForm {
  subject: string;
  kind: string;
  note: string;
  readings: ReadingForm[];
}

export const emptyDisagreement = (): DisagreementForm => ({ subject: '', kind: 'facts', note: '', readings: [emptyReading(), emptyReading()] });

export function disagreementFormOf(d: Json): DisagreementForm {
  const disagreement = d as { subject: string; kind?: string; note: string; readings: Json[] };
  return { subject: disagreement.subject, kind: disagreement.kind ?? 'facts', note: disagreement.note, readings: disagreement.readings.map(readingFormOf) };
}

/** A disagreement's object in disagreements.json ("facts", the default kind, left unwritten where it was), over the one it corrects. */
export function disagreementOf(form: DisagreementForm, taken: ReadonlySet<string>, base?: Json): Json {
  const old = (base ?? {}) as { [key: string]: Json };
  const { kind: _kind, ...withoutKind } = old;
  return {
    ...(form.kind === 'facts' && old.kind === undefined ? withoutKind : old),
    id: idOf(base, form.subject, taken, 'disagreement'),
    subject: trim(form.subject),
    readings: form.readings.map((r) => readingOf({ ...r, kind: '' })),
    note: trim(form.note),
    ...(form.kind === 'facts' && old.kind === undefined ? {} : { kind: form.kind }),
  };
}

/** The seats the Board's rule gives, as board.json names them. */
export const SEATS = [
  { value: 'previous-host', get label() { return t('edit.seat.previousHost'); } },
  { value: 'current-host', get label() { return t('edit.seat.currentHost'); } },
  { value: 'future-host', get label() { return t('edit.seat.futureHost'); } },
  { value: 'secretariat-host', get label() { return t('edit.seat.secretariatHost'); } },
] as const;

/** The Executive Board (board.json but its members): when it was established (each reading), its composition rule and its duties, each in the source's words. */
export interface BoardForm {
  established: ReadingForm[];
  ruleText: string;
  seats: string[];
  ruleSources: string[];
  dutiesText: string;
  dutiesSources: string[];
}

export function boardFormOf(b: Json): BoardForm {
  const board = b as { established: Json[]; rule: { text: string; seats: string[]; sources: string[] }; duties: { text: string; sources: string[] } };
  return {
    established: board.established.map(readingFormOf),
    ruleText: board.rule.text,
    seats: [...board.rule.seats],
    ruleSources: [...board.rule.sources],
    dutiesText: board.duties.text,
    dutiesSources: [...board.duties.sources],
  };
}

/** board.json from the Board's form, over the board it corrects (its members and disagreements kept). */
export function boardOf(form: BoardForm, base: Json): Json {
  const old = base as { [key: string]: Json };
  const rule = (old.rule ?? {}) as { [key: string]: Json };
  return {
    ...old,
    established: form.established.map(readingOf),
    rule: { ...rule, text: trim(form.ruleText), seats: [...form.seats], sources: [...form.ruleSources] },
    duties: { ...((old.duties ?? {}) as { [key: string]: Json }), text: trim(form.dutiesText), sources: [...form.dutiesSources] },
  };
}

/**
 * A member of the Executive Board: its country; "reported" where a source names it (its words), or
 * "derived" where it follows from the rule (its seat, and why, in `inferred`); as of a date, or as of
 * the latest source where the sources say it in the present tense, undated.
 */
export interface BoardMemberForm {
  country: string;
  basis: 'reported' | 'derived';
  /** The seat it holds under the rule ("" where the source does not say). */
  seat: string;
  /** As of the latest source (an undated "Currently, …"), or as of `asOf`. */
  latest: boolean;
  asOf: string;
  /** The source's words that name it (a reported member). */
  text: string;
  sources: string[];
  /** Why it is a member though no source names it (a derived member). */
  reason: string;
  /** The member corrected, as the data has it. */
  base?: Json;
}

export const emptyBoardMember = (): BoardMemberForm => ({ country: '', basis: 'reported', seat: '', latest: true, asOf: '', text: '', sources: [], reason: '' });

export function boardMemberFormOf(m: Json): BoardMemberForm {
  const member = m as { country: string; basis: 'reported' | 'derived'; seat?: string; asOf: string; text?: string; sources: string[]; inferred?: { reason: string } };
  return {
    country: member.country,
    basis: member.basis,
    seat: member.seat ?? '',
    latest: member.asOf === 'latest-source',
    asOf: member.asOf === 'latest-source' ? '' : member.asOf,
    text: member.text ?? '',
    sources: [...member.sources],
    reason: member.inferred?.reason ?? '',
    base: m,
  };
}

/** A Board member's own rule, before the data's: one the sources name is named in their words (the check then finds them verbatim). */
export const boardMemberOwn = (form: BoardMemberForm): FieldProblem[] =>
  form.basis === 'reported' && !form.text.trim() ? [{ field: 'text', rule: RULES.field, message: t('edit.msg.copyWords') }] : [];

/** A Board member's object in board.json's `members`, in the file's order of keys; a derived member's `inferred` combines its sources (or keeps the ones it had). */
export function boardMemberOf(form: BoardMemberForm): Json {
  const old = (form.base ?? {}) as { inferred?: { sources?: string[] } };
  const derived = form.basis === 'derived';
  return {
    country: form.country,
    basis: form.basis,
    ...(form.seat ? { seat: form.seat } : {}),
    asOf: form.latest ? 'latest-source' : trim(form.asOf),
    ...(!derived || trim(form.text) ? { text: trim(form.text) } : {}),
    sources: [...form.sources],
    ...(derived ? { inferred: { reason: trim(form.reason), sources: old.inferred?.sources ?? [...form.sources] } } : {}),
  };
}
