/** The timeline's drawing as the page and the figure show it, mounted at a few dates (real data). */
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import LanesSvg from '../../../src/timeline/Lanes.svg.svelte';
import { lanesLayout } from '../../../src/timeline/lanes-layout';
import { timelineMarks } from '../../../src/timeline/marks';
import { buildModel } from '../../../src/lib/model';
import { AXIS_START, timeAxis } from '../../../src/lib/clock/axis';
import { placeOf } from '../../../src/lib/dates/partial-date';
import { realDataset } from '../data/dataset';

const model = buildModel(realDataset());
const marks = timelineMarks(model);
const axis = timeAxis(AXIS_START, placeOf('2026-11-24'));
let app: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (app) void unmount(app);
  app = null;
  document.body.innerHTML = '';
});

function draw(iso: string, theme: string | null = null, width = 1136) {
  const day = placeOf(iso);
  const layout = lanesLayout(marks, axis, width);
  app = mount(LanesSvg, { target: document.body, props: { layout, day, themes: model.data.themes, theme, selected: null, uid: 't' } });
  flushSync();
  const svg = document.querySelector('svg')!;
  const ids = (selector: string) => [...svg.querySelectorAll(selector)].map((g) => g.getAttribute('data-id'));
  return { svg, layout, day, ids };
}

describe('Lanes.svg', () => {
  it.each([
    ['2016-06-01', ['declaration-2016']],
    ['2017-10-12', ['meeting-1', 'meeting-2', 'meeting-3', 'socta-2016', 'declaration-2016', 'join-HUN']],
    ['2019-06-15', ['meeting-1', 'meeting-2', 'meeting-3', 'meeting-4', 'meeting-5', 'socta-2016', 'declaration-2016', 'join-HUN', 'join-GRC']],
  ])('on %s fills exactly the marks reached: %j', (iso, past) => {
    const { ids } = draw(iso);
    expect(ids('g.mark.past').sort()).toEqual([...past].sort());
  });

  it('stands the date line on the day', () => {
    const { svg, layout, day } = draw('2019-06-15');
    expect(Number(svg.querySelector('line.cursor')!.getAttribute('x1'))).toBeCloseTo(layout.at(day));
  });

  it('with a theme filter rings the matching marks and keeps the others filled or hollow as they are', () => {
    const { svg, ids } = draw('2019-06-15', 'financial');
    expect(ids('g.mark.match')).toEqual(['meeting-4', 'meeting-5', 'meeting-6', 'meeting-9']);
    expect(svg.querySelectorAll('rect.ring')).toHaveLength(4);
    // Meeting 3 is not on the theme but was held: it stays filled (faded), unlike meeting 7, not yet held.
    expect(ids('g.mark.past:not(.match)')).toContain('meeting-3');
    expect(ids('g.mark:not(.past):not(.match)')).toContain('meeting-7');
  });

  it('writes each badge and caption, with the themes of a meeting as dots', () => {
    const { svg } = draw('2024-01-01');
    const five = svg.querySelector('g[data-id="meeting-5"]')!;
    expect(five.querySelector('.badge-text')!.textContent).toBe('5');
    expect(five.querySelector('.caption')!.textContent!.trim()).toBe('Bucharest');
    expect(five.querySelectorAll('circle.dot').length).toBe(model.meetings.get('meeting-5')!.meeting.topics.flatMap((t) => t.themes).filter((t, i, all) => all.indexOf(t) === i).length);
  });
});
