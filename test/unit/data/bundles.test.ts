/**
 * The data in two bundles (`lib/data/files.ts`): the first view's, without the texts only the views
 * loaded later show, and those texts. The first view is drawn from a model built from the first
 * bundle alone: it must be the model of the whole data in every fact, and draw the same page.
 */
import { describe, expect, it } from 'vitest';
import { FILE_NAMES, LATER_FIELDS, fieldOf, joinBundles, splitBundle } from '../../../src/lib/data/files';
import { datasetOf } from '../../../src/lib/data/load';
import { buildModel, type NetworkModel } from '../../../src/lib/model';
import { layoutMaps } from '../../../src/map/geometry/layout';
import { prerender } from '../../../src/build/prerender';
import { realDataset } from './dataset';
import { region } from '../map/region';

const dataset = realDataset();
const values = Object.fromEntries(FILE_NAMES.map((file) => [file, dataset[fieldOf(file)]]));
const later = new Set<string>(Object.values(LATER_FIELDS).flat());
/** A model's facts as text, without the later texts (the records the model holds carry them or not). */
const facts = (model: NetworkModel) => {
  const days = [...model.eventDays, model.knowledgeEnds, model.knowledgeEnds + 400];
  const of = { events: model.events, eventDays: model.eventDays, knowledgeEnds: model.knowledgeEnds, latestDate: model.latestDate, numbered: model.numbered, members: [...model.members], meetings: [...model.meetings], terms: model.terms, snapshots: days.map((day) => model.at(day)) };
  return JSON.stringify(of, (key, value: unknown) => (later.has(key) ? undefined : value instanceof Set || value instanceof Map ? [...value] : value));
};

describe('the data bundles', () => {
  it('split and join again to the whole data, changing neither', () => {
    const before = JSON.stringify(values);
    const { first, later: texts } = splitBundle(values);
    expect(joinBundles(first, texts)).toEqual(values);
    expect(JSON.stringify(values)).toBe(before);
    expect(JSON.stringify(first).length).toBeLessThan(JSON.stringify(values).length * 0.8);
  });

  it('the first alone builds the model of the whole data, fact for fact', () => {
    const { first, later: texts } = splitBundle(values);
    const whole = buildModel(datasetOf(first, texts));
    const firstView = buildModel(datasetOf(first));
    expect(whole.data).toEqual(dataset);
    expect(facts(firstView)).toBe(facts(whole));
    // And the comparison sees a difference where there is one.
    expect(facts(buildModel(datasetOf({ ...first, 'members.json': dataset.members.slice(1) })))).not.toBe(facts(whole));
  });

  it('the first view drawn from it is the page the build drew from the whole data', () => {
    const { first, later: texts } = splitBundle(values);
    const whole = buildModel(datasetOf(first, texts));
    const { wide } = layoutMaps(region(), whole);
    expect(prerender(buildModel(datasetOf(first)), wide)).toBe(prerender(whole, wide));
  });
});
