/**
 * The schema of every file in `data/`, written once with valibot and used by the build
 * (`validate-plugin.ts`, which bundles for the browser what it validated: the browser does not check
 * it again, `load.ts`) and by the data editor's rules. The TypeScript types of the model are inferred
 * from it, so the schema and the types cannot drift apart.
 *
 * Rules that span files (every source id, country code, meeting id and theme id resolves; no id is
 * used twice) live in `validate.ts`.
 */
import * as v from 'valibot';
import { isPartialDate, placeOf } from '../dates/partial-date.ts';
import type { FileName } from './files.ts';

const text = v.pipe(v.string('must be a string'), v.trim(), v.minLength(1, 'must not be empty'));

/** "2016", "2016-05" or "2016-05-26", and a real calendar date. */
export const partialDate = v.pipe(
  v.string('must be a date string'),
  v.check(isPartialDate, 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** Every fact names at least one source. */
const sources = v.pipe(
  v.array(v.string('must be a source id'), 'must be a list of source ids'),
  v.minLength(1, 'must name at least one source (every fact needs one)'),
);

const countryCode = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code like "SRB"'));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case id like "meeting-3"'));

/**
 * Where a fact rests on inference rather than on one source's words (a day from one source joined to
 * a list from another, an office inferred from a country, a date no source gives): why, and the
 * sources it combines. The page shows such a fact as inferred, with the reason.
 */
export const inferred = v.strictObject({ reason: text, sources });

/** A dated statement quoted from a source, optionally tied to the meeting where it happened. */
const datedFact = v.strictObject({
  date: partialDate,
  event: v.optional(id),
  text,
  sources,
  inferred: v.optional(inferred),
});

/**
 * A reading of a disagreement: the same words as the fact it repeats (a test checks that it does).
 * Undated where the sources disagree on something other than a date, or only in wording.
 */
const reading = v.strictObject({
  date: v.optional(partialDate),
  event: v.optional(id),
  text,
  sources,
  inferred: v.optional(inferred),
});

/**
 * "latest-source": a count or a list the sources give in the present tense and undated ("connects
 * 14 offices", "Currently, …"): it holds as of the latest source, not at a known date.
 */
const asOf = v.union([partialDate, v.literal('latest-source')], 'must be a date or "latest-source" (said in the present tense by an undated source)');

const place = v.variant(
  'kind',
  [
    v.strictObject({ kind: v.literal('city'), city: text, country: countryCode, sources }),
    v.strictObject({ kind: v.literal('online'), sources }),
    v.strictObject({ kind: v.literal('unknown') }),
  ],
  'must have "kind": "city", "online" or "unknown"',
);

const quoted = v.strictObject({ text, sources });

/**
 * Someone the source names as speaking, with their role; `quotes` are their words (each in quotation
 * marks in the source: one sentence, or part of one); `reported` is what the source narrates of them
 * in its own words ("X presented an overview…"), never shown as their words. At least one of the two.
 */
const speaker = v.pipe(
  v.strictObject({
    name: text,
    role: text,
    quotes: v.optional(v.pipe(v.array(quoted), v.minLength(1))),
    reported: v.optional(v.pipe(v.array(quoted), v.minLength(1))),
  }),
  v.check((s) => s.quotes !== undefined || s.reported !== undefined, 'must give their words (quotes) or what the source reports of them (reported)'),
);

export const sourcesFile = v.array(
  v.strictObject({
    id,
    file: v.pipe(v.string(), v.regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'must name a file in shared/sources')),
    title: text,
    /** Only what the text itself says ("Issued by: …"); null where it names no publisher. */
    publisher: v.nullable(text),
    /** Why the publisher is not given, where it is null. */
    publisherNote: v.optional(text),
    /** Where the text was taken from, as far as the project's index of sources and the kept text say. */
    takenFrom: text,
    issued: v.nullable(partialDate),
    /** The text's own words that date it (its dateline), where it has them; otherwise \`issued\` is \`inferred\`. */
    issuedQuote: v.optional(text),
    issuedText: text,
    /** Set where `issued` is borrowed (the text gives no date of issue). */
    inferred: v.optional(inferred),
    covers: text,
  }),
);

export const themesFile = v.array(v.strictObject({ id, label: text, description: text }));

export const membersFile = v.array(
  v.strictObject({
    id: countryCode,
    isoNumeric: v.pipe(v.string(), v.regex(/^\d{3}$/, 'must be a three-digit ISO 3166-1 numeric code like "688"')),
    name: text,
    founding: v.boolean('must be true or false'),
    joined: v.pipe(v.array(datedFact), v.minLength(1, 'must give at least one reading of when it joined')),
    intentions: v.optional(v.array(datedFact)),
    disagreement: v.optional(id),
  }),
);

export const officesFile = v.strictObject({
  count: v.strictObject({
    offices: v.pipe(v.number(), v.integer(), v.minValue(1)),
    countries: v.pipe(v.number(), v.integer(), v.minValue(1)),
    asOf,
    text,
    sources,
  }),
  named: v.array(
    v.strictObject({
      id,
      country: countryCode,
      name: text,
      role: text,
      closed: v.optional(partialDate),
      text,
      sources,
      /** Where another source names it too. */
      also: v.optional(v.array(quoted)),
    }),
  ),
});

const when = v.pipe(
  v.strictObject({
    start: partialDate,
    end: v.optional(partialDate),
    /** The source's words for the date; absent only where no source gives it (then `inferred` says why). */
    text: v.optional(text),
    sources,
    /** Set when no source gives the date and it is inferred from other facts (the first meeting). */
    inferred: v.optional(inferred),
  }),
  v.check((w) => w.text !== undefined || w.inferred !== undefined, 'must quote the source (text) or say why the date is inferred (inferred)'),
  // Only compares two valid dates; an invalid one is reported by its own field's rule.
  v.check(
    (w) => w.end === undefined || !isPartialDate(w.start) || !isPartialDate(w.end) || placeOf(w.end) >= placeOf(w.start),
    'end must not be before start',
  ),
);

export const meetingsFile = v.array(
  v.strictObject({
    id,
    kind: v.picklist(['founding', 'conference', 'board'], 'must be "founding", "conference" or "board"'),
    number: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
    title: text,
    /** The occasion's own name, as a source gives it (inferred where another source gives its date and place). */
    name: v.optional(v.strictObject({ text, sources, inferred: v.optional(inferred) })),
    when,
    place,
    originalHost: v.optional(v.strictObject({ country: countryCode, text, sources })),
    organisers: v.optional(quoted),
    /** Each quote one sentence of the source (or part of one). */
    participants: v.optional(v.array(quoted)),
    speakers: v.optional(v.array(speaker)),
    /** The meeting's stated objectives and goals. */
    objectives: v.optional(v.array(quoted)),
    goals: v.optional(v.array(quoted)),
    topics: v.array(
      v.strictObject({
        text,
        themes: v.pipe(v.array(id), v.minLength(1, 'must have at least one theme')),
        sources,
      }),
    ),
    outcomes: v.array(quoted),
    notes: v.array(quoted),
    /** The network's aims (on the founding), as the latest source gives them. */
    aims: v.optional(v.array(quoted)),
    /** The OSCE's forward-looking words of the latest source (on the founding): they hold as of that source, not of the meeting. */
    outlook: v.optional(v.strictObject({ text, sources, asOf: v.literal('latest-source', 'must be "latest-source"') })),
    /** How the network was supported, as the report of the meeting gives it. */
    support: v.optional(quoted),
  }),
);

const milestone = v.strictObject({
  kind: v.picklist(
    ['granted', 'elected', 'took-over', 'handover', 'term-end', 'closure'],
    'must be one of "granted", "elected", "took-over", "handover", "term-end", "closure"',
  ),
  date: partialDate,
  event: v.optional(id),
  text,
  sources,
  inferred: v.optional(inferred),
});

export const secretariatFile = v.strictObject({
  created: datedFact,
  terms: v.array(
    v.strictObject({
      id,
      country: countryCode,
      office: v.nullable(text),
      officeText: v.optional(text),
      from: v.pipe(v.array(milestone), v.minLength(1, 'must say when the term began')),
      to: v.array(milestone),
      disagreement: v.optional(id),
    }),
  ),
});

const seat = v.picklist(['previous-host', 'current-host', 'future-host', 'secretariat-host']);

export const boardFile = v.strictObject({
  established: v.pipe(v.array(datedFact), v.minLength(1)),
  disagreement: v.optional(id),
  /** The composition rule; `disagreement` where the sources give the Board another number of members. */
  rule: v.strictObject({ text, seats: v.array(seat), sources, disagreement: v.optional(id) }),
  duties: quoted,
  members: v.array(
    v.strictObject({
      country: countryCode,
      basis: v.picklist(['reported', 'derived'], 'must be "reported" (a source names it) or "derived" (it follows from the rule)'),
      seat: v.optional(seat),
      asOf,
      /** The source's words, for a member it names; a derived one has `inferred` instead. */
      text: v.optional(text),
      sources,
      inferred: v.optional(inferred),
    }),
  ),
});

export const relatedEventsFile = v.array(
  v.strictObject({
    id,
    title: text,
    date: partialDate,
    place,
    /** Who organized it, where the source says so. */
    organisers: v.optional(v.array(quoted)),
    /** Who supported it, where the source says that instead ("The OSCE Mission to Serbia supported an international conference"). */
    support: v.optional(v.array(quoted)),
    /** Who took part, beyond the attendance figure. */
    participants: v.optional(v.array(quoted)),
    /** Who attended; `expected` where the source gives the figure in advance ("will attend"). */
    attendance: v.strictObject({ text, sources, expected: v.optional(v.boolean()) }),
    summary: quoted,
    speakers: v.optional(v.array(speaker)),
    outcomes: v.array(quoted),
    notes: v.array(quoted),
    themes: v.array(id),
    sources,
  }),
);

export const osceStatesFile = v.strictObject({
  note: text,
  sources,
  states: v.array(
    v.strictObject({ id: countryCode, isoNumeric: v.pipe(v.string(), v.regex(/^\d{3}$/)), alpha2: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code like "RS"')), name: text }),
  ),
  /** The OSCE's field operations, each name as the source lists it. */
  fieldOperations: v.strictObject({ note: text, names: v.array(text), sources }),
});

/**
 * What kind of difference an entry of disagreements.json records:
 * - "facts" (the default): readings that cannot all hold, between sources or within one;
 * - "wording": the sources say the same thing in different words, and nothing else differs;
 * - "open": the sources agree on what they say and leave a question open (the note says which); one reading may do.
 */
export const DISAGREEMENT_KINDS = ['facts', 'wording', 'open'] as const;

export const disagreementsFile = v.array(
  v.pipe(
    v.strictObject({
      id,
      kind: v.optional(v.picklist(DISAGREEMENT_KINDS, 'must be "facts", "wording" or "open"')),
      subject: text,
      readings: v.pipe(v.array(reading), v.minLength(1, 'must keep at least one reading')),
      note: text,
    }),
    v.forward(
      v.check((d) => d.kind === 'open' || d.readings.length >= 2, 'must keep at least two readings'),
      ['readings'],
    ),
  ),
);

/** What the member map needs beyond the sources: each entry says whether a source, reference data or the editors give it. */
const isoNumeric = v.pipe(v.string(), v.regex(/^\d{3}$/, 'must be a three-digit ISO 3166-1 numeric code like "688"'));
const editorial = v.strictObject({ text, basis: v.literal('editorial', 'must be "editorial"'), note: v.optional(text) });
export const cartographyFile = v.strictObject({
  note: text,
  places: v.array(
    v.strictObject({
      city: text,
      country: countryCode,
      lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
      lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
      basis: v.literal('reference', 'must be "reference" (coordinates are reference data, not from the sources)'),
    }),
  ),
  placesNote: text,
  otherLand: v.array(v.strictObject({ isoNumeric, code: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)), basis: v.literal('reference') })),
  otherLandNote: text,
  kosovo: v.strictObject({
    name: v.strictObject({ text, quote: text, sources }),
    atlasName: text,
    code: v.strictObject({ text: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)), basis: v.literal('editorial'), note: text }),
    footnote: editorial,
  }),
  disclaimer: editorial,
});

/** Every file in `data/`, by file name, with its schema. */
export const FILES = {
  'sources.json': sourcesFile,
  'themes.json': themesFile,
  'members.json': membersFile,
  'offices.json': officesFile,
  'meetings.json': meetingsFile,
  'secretariat.json': secretariatFile,
  'board.json': boardFile,
  'related-events.json': relatedEventsFile,
  'osce-states.json': osceStatesFile,
  'disagreements.json': disagreementsFile,
  'cartography.json': cartographyFile,
} as const satisfies Record<FileName, v.GenericSchema>;

export { FILE_NAMES, type FileName } from './files.ts';

export type Source = v.InferOutput<typeof sourcesFile>[number];
export type Theme = v.InferOutput<typeof themesFile>[number];
export type Member = v.InferOutput<typeof membersFile>[number];
export type DatedFact = v.InferOutput<typeof datedFact>;
export type Reading = v.InferOutput<typeof reading>;
export type Inferred = v.InferOutput<typeof inferred>;
export type Speaker = v.InferOutput<typeof speaker>;
export type AsOf = v.InferOutput<typeof asOf>;
export type Offices = v.InferOutput<typeof officesFile>;
export type Meeting = v.InferOutput<typeof meetingsFile>[number];
export type Place = v.InferOutput<typeof place>;
export type Topic = Meeting['topics'][number];
export type Secretariat = v.InferOutput<typeof secretariatFile>;
export type SecretariatTerm = Secretariat['terms'][number];
export type Milestone = v.InferOutput<typeof milestone>;
export type Board = v.InferOutput<typeof boardFile>;
export type RelatedEvent = v.InferOutput<typeof relatedEventsFile>[number];
export type OsceStates = v.InferOutput<typeof osceStatesFile>;
export type Disagreement = v.InferOutput<typeof disagreementsFile>[number];
export type Cartography = v.InferOutput<typeof cartographyFile>;

/** The whole validated dataset, one field per file. */
export interface Dataset {
  sources: Source[];
  themes: Theme[];
  members: Member[];
  offices: Offices;
  meetings: Meeting[];
  secretariat: Secretariat;
  board: Board;
  relatedEvents: RelatedEvent[];
  osceStates: OsceStates;
  disagreements: Disagreement[];
  cartography: Cartography;
}
