import { describe, expect, it } from 'vitest';
import { buildModel, eventCaption } from '../../../src/lib/model';
import { dayToIso, placeOf } from '../../../src/lib/dates/partial-date';
import { tinyDataset } from './fixture';

const data = tinyDataset();
const frozen = JSON.stringify(data);
const model = buildModel(data);
const at = (iso: string) => model.at(placeOf(iso));

describe('the model of a small made-up network', () => {
  it.each([
    ['2020-01-09', [], 0, 0, 'not-yet'],
    ['2020-01-10', ['AAA', 'BBB'], 0, 0, 'not-yet'],
    ['2020-06-01', ['AAA', 'BBB', 'CCC'], 1, 0, 'disputed'], // CCC by one reading; the Board by one
    ['2021-03-14', ['AAA', 'BBB', 'CCC'], 1, 0, 'disputed'],
    ['2021-03-15', ['AAA', 'BBB', 'CCC'], 0, 2, 'established'], // the second meeting: both held, CCC certain
    ['2022-01-01', ['AAA', 'BBB', 'CCC'], 0, 2, 'established'],
  ])('on %s: members %j, %i disputed, %i meetings held, the Board %s', (iso, members, disputed, meetings, board) => {
    const s = at(iso);
    expect(s.members.map((m) => m.id)).toEqual(members);
    expect(s.counts.disputed).toBe(disputed);
    expect(s.counts.meetings).toBe(meetings);
    expect(s.board).toBe(board);
  });

  it('counts offices only from the count’s date, and only while the countries match', () => {
    expect(at('2021-12-31').counts.offices).toBeNull();
    expect(at('2022-01-01').counts.offices).toBe(4);
  });

  it('says how surely the term runs: certain until its first end reading, uncertain until its last', () => {
    const chair = (iso: string) => at(iso).chair.map((h) => `${h.holder.term.id}:${h.certainty}`);
    expect(chair('2020-05-31')).toEqual([]);
    expect(chair('2020-06-01')).toEqual(['t1:certain']);
    expect(chair('2021-01-01')).toEqual(['t1:uncertain']);
    expect(chair('2021-03-15')).toEqual(['t1:uncertain']); // the year-precise end may still lie ahead
    expect(chair('2022-01-01')).toEqual([]);
  });

  it('returns the same snapshot for every day between two changes, and a new one on a change', () => {
    expect(at('2020-02-01')).toBe(at('2020-05-31'));
    expect(at('2020-05-31')).not.toBe(at('2020-06-01'));
    expect(at('1900-01-01')).toBe(at('2020-01-09'));
  });

  it('tells the latest events, and the map’s latest, at a day', () => {
    expect(at('2020-01-09').latest).toEqual([]);
    expect(at('2021-04-01').latest.map((e) => e.id)).toEqual(['m2', 'join-CCC-1']);
    expect(at('2021-04-01').mapEvent?.id).toBe('join-CCC-1');
    expect(eventCaption(at('2021-04-01').mapEvent!, model)).toBe('Cland joins at the meeting 2, City 2, by one source; the sources disagree (another gives June 2020)');
  });

  it('lists the event days once each, in order, without the undated meeting', () => {
    expect(model.eventDays.map(dayToIso)).toEqual(['2020-01-10', '2020-06-01', '2021-03-15']);
    expect(model.events.some((e) => e.id === 'm1')).toBe(false);
  });

  it('does not change the data', () => {
    buildModel(data);
    expect(JSON.stringify(data)).toBe(frozen);
  });
});
