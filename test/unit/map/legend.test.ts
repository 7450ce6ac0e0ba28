import { describe, expect, it } from 'vitest';
import { realDataset } from '../data/dataset';
import { placeOf } from '../../../src/lib/dates/partial-date';
import { buildModel } from '../../../src/lib/model';
import { mapLegend } from '../../../src/map/legend';
import { stageLegend } from '../../../src/map/stage-legend';
import { meetingPlaces } from '../../../src/map/geometry/places';
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

  it('on the stage, says only what the map shows on the day', () => {
    const places = meetingPlaces(model).places;
    const kinds = (date: string) => stageLegend(model, placeOf(date), places).map((e) => (e.kind === 'wave' ? `wave ${e.year}` : e.kind));
    // The founding: its wave, the other States, Belgrade's marker; no wave still to come, no hatching yet.
    expect(kinds('2016-05-26')).toEqual(['wave 2016', 'osce', 'place']);
    // Hungary on the map, a member by one source: its wave and the hatching with its †.
    expect(kinds('2017-06-01')).toEqual(['wave 2016', 'wave 2017', 'disputed', 'osce', 'place']);
    // Every wave by the end; Kosovo is named on the map, the other land and the online meetings are not drawn.
    expect(kinds('2023-12-31')).toEqual(['wave 2016', 'wave 2017', 'wave 2019', 'wave 2023', 'disputed', 'osce', 'place']);
  });
});
