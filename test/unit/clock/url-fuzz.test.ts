/**
 * Thousands of seeded random and hostile query strings through the URL's reader and writer: they never
 * throw, what they read is always valid, parameters they do not know are kept, and what they write
 * reads back to the same state. (The end-to-end suite keeps a handful of hostile URLs in a browser.)
 */
import { describe, expect, it } from 'vitest';
import { LOOKS, PARAMS, SELECTION_KINDS, readState, writeState } from '../../../src/lib/clock/url';
import { placeOf } from '../../../src/lib/dates/partial-date';
import { VIEW_IDS as EMBEDS } from '../../../src/views';
import { fragmentId } from '../../../src/lib/ui/deferred.svelte';

const MIN = placeOf('2016-05');
const MAX = placeOf('2026-11-24');

/** A small seeded generator (a linear congruential one), so a failing case can be replayed from its seed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1_664_525 + 1_013_904_223) % 4_294_967_296;
    return seed / 4_294_967_296;
  };
}

const VALUES = [
  '2019-06-15', '2019-06', '2019', '1999', '2999-01-01', '2019-02-30', '2020-02-29', '-1', '1e308', 'NaN', '', ' ', '%00', '%', '%E0%A4%A',
  '<script>window.__pwned=1</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '9'.repeat(5000), '2019-06-15T00:00:00Z',
  '../../etc/passwd', '{{constructor.constructor("x")()}}', '🙂', 'member:GRC', 'meeting:meeting-5', 'term:serbia', 'source:osce-overview',
  'member:', ':GRC', 'member:GRC:extra', 'financial', 'map', 'timeline', 'rotation', '0', '1', 'dark', 'contrast', 'light', 'Map',
];
const KEYS = [...Object.values(PARAMS), 'x', 'view', '__proto__', 'constructor', 'toString', 'date[]', ''];

describe('URL fuzz', () => {
  it('5000 random queries: no throw, valid state, other parameters kept, and what is written reads back the same', () => {
    const rand = random(2016);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
    for (let i = 0; i < 5000; i++) {
      const params = new URLSearchParams();
      for (let k = 0, n = 1 + Math.floor(rand() * 5); k < n; k++) params.append(pick(KEYS), pick(VALUES));
      const search = `?${params.toString()}`;
      const state = readState(search, MIN, MAX, EMBEDS);
      const where = `case ${i}: ${search.slice(0, 120)}`;
      if (state.date) expect(state.date.day >= MIN && state.date.day <= MAX, where).toBe(true);
      if (state.selection) expect(SELECTION_KINDS, where).toContain(state.selection.kind);
      if (state.embed) expect(EMBEDS, where).toContain(state.embed);
      if (state.look) expect(LOOKS, where).toContain(state.look);
      const written = writeState(search, state);
      // What the app wrote reads back to the same state, and writing it again changes nothing.
      expect(readState(written, MIN, MAX, EMBEDS), where).toEqual(state);
      expect(writeState(written, state), where).toBe(written);
      // A parameter the app does not read is kept as it was.
      const out = new URLSearchParams(written);
      for (const [key, value] of params) if (!(Object.values(PARAMS) as string[]).includes(key)) expect(out.getAll(key), where).toContain(value);
    }
  }, 30_000); // 5000 cases take ~1 s on an idle machine and over 5 s (vitest's default) on a loaded one: a fuzz test, not a timing one
});

describe('fragmentId', () => {
  it.each([
    ['#source-osce-overview', 'source-osce-overview'],
    ['#disagreement-hungary-joined', 'disagreement-hungary-joined'],
    ['#%', '%'],
    ['#%E0%A4%A', '%E0%A4%A'],
    ['#caf%C3%A9', 'café'],
    ['', ''],
  ])('%s → %s', (hash, id) => {
    expect(fragmentId(hash)).toBe(id);
  });
});
