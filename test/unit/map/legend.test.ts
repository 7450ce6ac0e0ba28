import { describe, expect, it } from 'vitest';
import { realDataset } from '../data/dataset';
import { placeOf } from '../../../src/lib/dates/partial-date';
import { buildModel } from '../../../src/lib/model';
import { mapLegend } from '../../../src/map/legend';
import { mapCountries } from '../../../src/map/geometry/countries';
import { region } from './region';

const data = realDataset();
const model = buildModel(data);

describe('the map’s legend', () => {
  it('gives Kosovo a line of its own, apart from the other land outside the OSCE area', () => {
    const entries = mapLegend(model, placeOf('2021-04-27'), []);
    expect(entries.filter((e) => e.kind === 'kosovo').map((e) => e.text)).toEqual(['Kosovo* (see the footnote)']);
    expect(entries.filter((e) => e.kind === 'other').map((e) => e.text)).toEqual(['Other land']);
    // The kinds the legend explains are every kind of land the map draws.
    const drawn = new Set(mapCountries(region(), data).countries.map((c) => c.kind));
    for (const kind of drawn) if (kind !== 'member') expect(entries.some((e) => e.kind === kind), kind).toBe(true);
  });
});
