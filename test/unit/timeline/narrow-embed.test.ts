/**
 * The timeline's embed where time runs down (a report read on a phone): on the real data, in every
 * language, at every class of frame widths the build draws, each mark sits near its day and none dated
 * within the sources is drawn in the stretch after them (`nearTheirDays`, lanes-layout.ts), and every
 * caption is within the chart, over no other.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { realDataset } from '../data/dataset';
import { buildModel } from '../../../src/lib/model';
import { timeAxis, AXIS_START } from '../../../src/lib/clock/axis';
import { dayFromParts } from '../../../src/lib/dates/partial-date';
import { lanesLayout, nearTheirDays, timelineLegend, VERTICAL_BELOW } from '../../../src/timeline/lanes-layout';
import { timelineMarks } from '../../../src/timeline/marks';
import { CHART_CLASSES } from '../../../src/lib/ui/scaled-chart';
import { LANGUAGES } from '../../../src/i18n/languages';
import { captionBox, overlap } from './caption-box';
import { setLanguage } from '../../../src/i18n';
import en from '../../../src/i18n/en';

const model = buildModel(realDataset());
// The axis as the clock draws it on a day of the build (its end is today: a fixed one here).
const axis = timeAxis(AXIS_START, dayFromParts(2026, 12, 7), model.knowledgeEnds);
const narrow = CHART_CLASSES.map((c) => c.width).filter((w) => w < VERTICAL_BELOW);

describe('the timeline embed where time runs down, on the real data', () => {
  afterAll(() => setLanguage(LANGUAGES[0]!, en));
  it.each(LANGUAGES.map((l) => l.code))('in %s, at every narrow class, keeps each mark near its day and within the sources, each caption within the chart', async (code) => {
    const language = LANGUAGES.find((l) => l.code === code)!;
    setLanguage(language, code === 'en' ? en : (await language.load()).default);
    const marks = timelineMarks(model);
    expect(narrow.length).toBeGreaterThan(0);
    for (const width of narrow) {
      const layout = lanesLayout(marks, axis, width, timelineLegend([], () => '#000', null), true);
      expect(layout.vertical).toBe(true);
      expect(layout.marks).toHaveLength(marks.length);
      // Drawn at least as long as the compact spacing's 52 px a year, at most the page's 110.
      const yearPx = ((layout.axis.y1 - layout.axis.y0) / axis.length) * 365.25;
      expect(nearTheirDays(layout, axis, yearPx), `${code} at ${width} px (${yearPx.toFixed(0)} px a year)`).toBe(true);
      const within = layout.marks.filter((b) => b.mark.at <= model.knowledgeEnds);
      expect(within.length).toBeGreaterThan(10);
      for (const b of within) expect(b.y - 14, `${code} ${width} ${b.mark.id}`).toBeLessThanOrEqual(layout.axisBreak!);
      // Every caption within the chart, none over another (a word wider than its column runs back left).
      const boxes = layout.marks.map((b) => captionBox(b, layout.captionSize));
      boxes.forEach((box, i) => {
        const id = `${code} ${width} ${layout.marks[i]!.mark.id}`;
        expect(box.x0, id).toBeGreaterThanOrEqual(0);
        expect(box.x1, id).toBeLessThanOrEqual(width);
        for (const other of boxes.slice(i + 1)) expect(overlap(box, other), id).toBe(false);
      });
    }
  });
});
