/**
 * A catalogue as a gettext PO file, and back, so a translator or an editor works in a translation
 * tool (Poedit, Weblate, Lokalize, or any text editor) instead of TypeScript. Each message is one
 * entry: `msgctxt` is its key, `msgid` the English, `msgstr` the translation; a count's forms are
 * `msgstr[0]`, `msgstr[1]`… in the order of the language's plural categories (`Intl.PluralRules`:
 * Serbian one, few, other), as the header's `Plural-Forms` says. `npm run i18n:export` writes the
 * file (`translations/<code>.po`), `npm run i18n:import` writes what it holds back into the catalogue
 * (`src/i18n/<code>.ts`), changing only the messages that changed (`updateSource`).
 *
 * Not part of the app: the command (`po-command.ts`, run by `translate.mjs`) and the tests use it.
 */
import ts from 'typescript';
import type { Message, Plural } from '../index.ts';

/** The order CLDR gives plural categories in, which is the order of `msgstr[i]`. */
const CATEGORIES: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** A language's plural categories, in order (`sr`: one, few, other). */
export function pluralCategories(locale: string): Intl.LDMLPluralRule[] {
  const used = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  return CATEGORIES.filter((c) => used.includes(c));
}

/** gettext's formula for the categories, for the header (what PO tools read). */
const PLURAL_FORMS: Record<string, string> = {
  'one,other': 'nplurals=2; plural=(n != 1);',
  'one,few,other': 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);',
};

const quote = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;
const unquote = (text: string) =>
  text.slice(1, -1).replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));

export interface PoCatalogue {
  /** The language's code (`sr-Latn`) and the locale its plural categories come from. */
  readonly code: string;
  readonly locale: string;
  /** Every message, by key. */
  readonly messages: Readonly<Record<string, Message>>;
}

/**
 * The PO file of a catalogue: one entry per key, in the catalogue's order, with the English text
 * (`english`: the English catalogue, and the data's own words by their `data.…` keys) as `msgid`,
 * and a translator's note (`notes`) where a key has one.
 */
export function toPo(catalogue: PoCatalogue, english: Readonly<Record<string, Message>>, notes: Readonly<Record<string, string>> = {}): string {
  const categories = pluralCategories(catalogue.locale);
  const header = [
    'Project-Id-Version: PCOCP Network Explorer',
    `Language: ${catalogue.code}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    `Plural-Forms: ${PLURAL_FORMS[categories.join(',')] ?? `nplurals=${categories.length}; plural=0;`}`,
    `X-Plural-Categories: ${categories.join(' ')}`,
  ];
  const entries = [`msgid ""\nmsgstr ${quote(header.map((line) => `${line}\n`).join(''))}`];
  for (const [key, message] of Object.entries(catalogue.messages)) {
    const source = english[key] ?? (key.startsWith('data.text.') ? key.slice('data.text.'.length) : key);
    const lines = [];
    if (notes[key]) lines.push(`#. ${notes[key]}`);
    lines.push(`msgctxt ${quote(key)}`);
    if (typeof message === 'string') {
      lines.push(`msgid ${quote(typeof source === 'string' ? source : source.other)}`, `msgstr ${quote(message)}`);
    } else {
      const one = typeof source === 'string' ? source : (source.one ?? source.other);
      const other = typeof source === 'string' ? source : source.other;
      lines.push(`msgid ${quote(one)}`, `msgid_plural ${quote(other)}`);
      categories.forEach((category, i) => lines.push(`msgstr[${i}] ${quote(message[category] ?? message.other)}`));
    }
    entries.push(lines.join('\n'));
  }
  return entries.join('\n\n') + '\n';
}

/** The messages of a PO file, by key (`msgctxt`), in its order; a plural's `msgstr[i]` by category. */
export function fromPo(text: string): PoCatalogue {
  const entries: { fields: Map<string, string> }[] = [];
  let fields = new Map<string, string>();
  let last: string | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      if (fields.size) entries.push({ fields });
      fields = new Map();
      last = null;
      continue;
    }
    if (line.startsWith('#')) continue;
    const field = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*")$/.exec(line);
    if (field) {
      last = field[1]!;
      fields.set(last, unquote(field[2]!));
    } else if (line.startsWith('"') && last) {
      fields.set(last, fields.get(last)! + unquote(line));
    } else {
      throw new Error(`PO: cannot read the line “${raw}”`);
    }
  }
  if (fields.size) entries.push({ fields });
  const header = entries.find((e) => !e.fields.has('msgctxt') && e.fields.get('msgid') === '')?.fields.get('msgstr') ?? '';
  const meta = (name: string) => new RegExp(`^${name}: *(.*)$`, 'm').exec(header)?.[1]?.trim();
  const code = meta('Language');
  if (!code) throw new Error('PO: the header names no Language');
  const categories = (meta('X-Plural-Categories') ?? pluralCategories(code).join(' ')).split(' ') as Intl.LDMLPluralRule[];
  const messages: Record<string, Message> = {};
  for (const { fields: f } of entries) {
    const key = f.get('msgctxt');
    if (key === undefined) continue;
    if (!f.has('msgid_plural')) {
      messages[key] = f.get('msgstr') ?? '';
      continue;
    }
    const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
    categories.forEach((category, i) => {
      const form = f.get(`msgstr[${i}]`);
      if (form !== undefined) forms[category] = form;
    });
    if (forms.other === undefined) throw new Error(`PO: ${key} has no form for “other”`);
    messages[key] = forms as Plural;
  }
  return { code, locale: code, messages };
}

/** A message as the catalogue's TypeScript writes it. */
function literal(message: Message): string {
  const str = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  if (typeof message === 'string') return str(message);
  return `{ ${Object.entries(message).map(([category, text]) => `${category}: ${str(text)}`).join(', ')} }`;
}

/** The value of a message's initializer in the catalogue's source (strings, or an object of strings). */
function valueOf(node: ts.Expression): Message | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (!ts.isObjectLiteralExpression(node)) return undefined;
  const forms: Record<string, string> = {};
  for (const p of node.properties) {
    if (!ts.isPropertyAssignment(p) || !(ts.isStringLiteral(p.initializer) || ts.isNoSubstitutionTemplateLiteral(p.initializer))) return undefined;
    forms[p.name.getText().replace(/^['"]|['"]$/g, '')] = p.initializer.text;
  }
  return forms as unknown as Plural;
}

const same = (a: Message | undefined, b: Message) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The catalogue's TypeScript source with `messages` written into it: a message that changed is
 * rewritten where it stands (the file's comments and order kept), a key the source lacks is added
 * before the object's end. Keys the source has and `messages` lacks stay as they are.
 */
export function updateSource(source: string, messages: Readonly<Record<string, Message>>): string {
  const file = ts.createSourceFile('catalogue.ts', source, ts.ScriptTarget.Latest, true);
  let object: ts.ObjectLiteralExpression | undefined;
  const find = (node: ts.Node): void => {
    if (object) return;
    if (ts.isExportAssignment(node)) {
      let e: ts.Expression = node.expression;
      while (ts.isSatisfiesExpression(e) || ts.isAsExpression(e) || ts.isParenthesizedExpression(e)) e = e.expression;
      if (ts.isObjectLiteralExpression(e)) object = e;
    }
    ts.forEachChild(node, find);
  };
  find(file);
  if (!object) throw new Error('the catalogue exports no object');
  const edits: { start: number; end: number; text: string }[] = [];
  const seen = new Set<string>();
  for (const p of object.properties) {
    if (!ts.isPropertyAssignment(p) || !ts.isStringLiteral(p.name)) continue;
    const key = p.name.text;
    seen.add(key);
    const next = messages[key];
    if (next === undefined || same(valueOf(p.initializer), next)) continue;
    edits.push({ start: p.initializer.getStart(file), end: p.initializer.getEnd(), text: literal(next) });
  }
  const added = Object.entries(messages).filter(([key]) => !seen.has(key));
  if (added.length) {
    const end = object.getEnd() - 1; // the closing brace
    const lineStart = source.lastIndexOf('\n', end) + 1;
    edits.push({ start: lineStart, end: lineStart, text: added.map(([key, m]) => `  ${literal(key)}: ${literal(m)},\n`).join('') });
  }
  return edits.sort((a, b) => b.start - a.start).reduce((text, e) => text.slice(0, e.start) + e.text + text.slice(e.end), source);
}
