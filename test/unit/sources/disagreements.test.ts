import { describe, expect, it } from 'vitest';
import type { Disagreement } from '../../../src/lib/data/schema';
import { kindProblem, readingsDiffer, scopeOf } from '../../../src/sources/disagreements';
import { realDataset } from '../data/dataset';

const data = realDataset();
const byId = (id: string) => data.disagreements.find((d) => d.id === id)!;

describe('the kind of each disagreement', () => {
  it('fits its readings: a disagreement about facts has readings that differ, a wording difference none that differ in date', () => {
    expect(data.disagreements.map(kindProblem).filter(Boolean)).toEqual([]);
  });

  it('records only real disagreements as such (the Secretariat’s seat agrees; the signatories differ in wording)', () => {
    expect(byId('secretariat-seat').kind).toBe('open');
    expect(byId('declaration-signatories').kind).toBe('wording');
    expect(byId('north-macedonia-name').kind).toBe('wording');
    expect(data.disagreements.filter((d) => (d.kind ?? 'facts') === 'facts').map((d) => d.id)).toEqual(['hungary-joined', 'board-established', 'secretariat-handover', 'board-size']);
  });

  it('flags readings that agree filed as a disagreement, and a wording difference whose dates differ', () => {
    const seatAsFacts: Disagreement = { ...byId('secretariat-seat'), kind: 'facts' };
    expect(kindProblem(seatAsFacts)).toContain('secretariat-seat: its readings agree');
    const hungaryAsWording: Disagreement = { ...byId('hungary-joined'), kind: 'wording' };
    expect(kindProblem(hungaryAsWording)).toContain('differ in date');
    const signatoriesAsFacts: Disagreement = { ...byId('declaration-signatories'), kind: undefined };
    expect(kindProblem(signatoriesAsFacts)).toContain('its readings agree');
  });

  it('says where a disagreement lies: between sources, or within one', () => {
    expect(scopeOf(byId('hungary-joined'))).toBe('between');
    expect(scopeOf(byId('board-established'))).toBe('between');
    expect(scopeOf(byId('board-size'))).toBe('within');
    expect(scopeOf(byId('secretariat-handover'))).toBe('within');
  });

  it('a year holds its months: "2016" and "May 2016" do not differ; other periods or meetings do', () => {
    const r = (date: string, event?: string) => ({ date, event, text: 'x', sources: ['s'] });
    expect(readingsDiffer(r('2016'), r('2016-05'))).toBe(false);
    expect(readingsDiffer(r('2017-03'), r('2017-10'))).toBe(true);
    expect(readingsDiffer(r('2017-10', 'meeting-3'), r('2017-10', 'meeting-4'))).toBe(true);
    expect(readingsDiffer({ text: 'a', sources: ['s'] }, { text: 'b', sources: ['s'] })).toBe(true);
  });
});
