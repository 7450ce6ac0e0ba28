import { describe, expect, it } from 'vitest';
import { realDataset } from '../data/dataset';
import { storySteps } from '../../../src/story/default';
import { buildModel } from '../../../src/lib/model';
import { dayToIso, placeOf } from '../../../src/lib/dates/partial-date';

const data = realDataset();
const today = placeOf('2026-11-23');

describe('storySteps', () => {
  const steps = storySteps(buildModel(data), today);

  it('starts with the Declaration and ends today', () => {
    expect(steps[0]!.events.map((e) => e.id)).toEqual(['declaration-2016']);
    expect(dayToIso(steps[0]!.day)).toBe('2016-05-26');
    expect(steps[steps.length - 1]).toMatchObject({ day: today, dateText: null, events: [] });
  });

  it('has a step for each joining, each meeting and the board meeting, in order', () => {
    const ids = steps.flatMap((s) => s.events.map((e) => e.id));
    for (const id of ['meeting-2', 'join-HUN-0', 'meeting-3', 'join-HUN-1', 'meeting-5', 'join-GRC-0', 'meeting-9', 'board-2023', 'join-AUT-0']) {
      expect(ids).toContain(id);
    }
    expect(steps.every((s, i) => i === 0 || steps[i - 1]!.day < s.day)).toBe(true);
    expect(ids).not.toContain('socta-2016');
  });

  it('quotes the first recorded outcome of a meeting', () => {
    const second = steps.find((s) => s.events.some((e) => e.id === 'meeting-2'))!;
    expect(second.quote?.text).toBe('the network was transformed into a Permanent Conference of prosecutors against organized crime');
    expect(second.quote?.sources).toEqual(['osce-overview']);
  });
});
