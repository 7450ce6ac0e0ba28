import { describe, expect, it } from 'vitest';
import { realDataset } from '../data/dataset';
import { buildModel } from '../../../src/lib/model';
import { dayToIso, placeOf } from '../../../src/lib/dates/partial-date';
import { storySteps } from '../../../src/story/default';
import { defaultStory, stageSteps, stepAt, stepCaption, stepDate } from '../../../src/story/steps';
import { decodeStory, encodeStory } from '../../../src/story/codec';
import { setLanguage } from '../../../src/i18n';
import { LANGUAGES } from '../../../src/i18n/languages';
import en from '../../../src/i18n/en';

const model = buildModel(realDataset());
const today = placeOf('2026-11-23');

describe('stageSteps', () => {
  it('tells the default story when there is no story of one’s own', () => {
    const steps = stageSteps(model, null, today);
    expect(steps.map((s) => s.day)).toEqual(storySteps(model, today).map((s) => s.day));
    expect(steps.every((s) => s.caption === null && s.notes === '' && s.views.join() === 'map,timeline')).toBe(true);
  });

  it('the default story as a story of one’s own tells the same steps', () => {
    const story = defaultStory(model, today);
    expect(stageSteps(model, story, today).map((s) => [s.day, s.events.map((e) => e.id)])).toEqual(stageSteps(model, null, today).map((s) => [s.day, s.events.map((e) => e.id)]));
  });

  it('keeps the presenter’s order, words and views; an event’s day brings its events, any other date none', () => {
    const story = {
      title: '',
      steps: [
        { date: '2019-06-04', caption: '  ', notes: 'Greece', views: ['map'] as const, theme: null },
        { date: '2016-05-26', caption: 'Where it began', notes: '', views: ['timeline', 'board'] as const, theme: 'financial' },
        { date: '2018-01-15', caption: '', notes: '', views: ['secretariat'] as const, theme: null },
      ],
    };
    const steps = stageSteps(model, story, today);
    expect(steps.map((s) => dayToIso(s.day))).toEqual(['2019-06-04', '2016-05-26', '2018-01-15']);
    expect(steps[0]!.caption).toBeNull();
    expect(steps[0]!.events.map((e) => e.id)).toContain('join-GRC-0');
    expect(steps[1]).toMatchObject({ caption: 'Where it began', views: ['timeline', 'board'], theme: 'financial' });
    expect(steps[2]).toMatchObject({ events: [], dateText: '15 January 2018' });
  });

  it('keeps a date before the first event or after today within the story', () => {
    const steps = stageSteps(model, { title: '', steps: [{ date: '1990-01-01', caption: '', notes: '', views: ['map'], theme: null }, { date: '2099-01-01', caption: '', notes: '', views: ['map'], theme: null }] }, today);
    expect(dayToIso(steps[0]!.day)).toBe('2016-05-26');
    expect(steps[1]).toMatchObject({ day: today, dateText: null });
  });
});

describe('stepAt', () => {
  const steps = [{ day: 30 }, { day: 10 }, { day: 20 }, { day: 10 }];
  it.each([
    [10, -1, 1],
    [10, 3, 3],
    [10, 0, 1],
    [25, -1, 2],
    [35, -1, 0],
    [5, -1, 0],
  ])('on day %i holding %i is step %i', (day, held, expected) => {
    expect(stepAt(steps, day, held)).toBe(expected);
  });
});

describe('a story in another language', () => {
  it('a story link made in Serbian is the one made in English: the default captions are not in it, and the presenter’s words are kept as written', async () => {
    const own = { ...defaultStory(model, today), title: 'Moja priča' };
    const english = encodeStory(own);
    const englishCaption = stepCaption(stageSteps(model, null, today).at(-1)!, model.at(today).counts, model);
    const serbian = LANGUAGES.find((l) => l.code === 'sr-Latn')!;
    try {
      setLanguage(serbian, (await serbian.load()).default);
      expect(encodeStory({ ...defaultStory(model, today), title: 'Moja priča' })).toBe(english);
      const read = decodeStory(english);
      expect(read.ok && read.story.title).toBe('Moja priča');
      const last = stageSteps(model, read.ok ? read.story : null, today).at(-1)!;
      expect(last.caption).toBeNull();
      const caption = stepCaption(last, model.at(today).counts, model);
      expect(caption).not.toBe(englishCaption);
      expect(caption).toMatch(/država/);
      expect(stepDate(last)).toMatch(/^Danas, /);
    } finally {
      setLanguage(LANGUAGES[0], en);
    }
  });
});

describe('a step’s caption', () => {
  const captionOn = (iso: string) => {
    const step = stageSteps(model, null, today).find((s) => dayToIso(s.day) === iso)!;
    return stepCaption(step, model.at(step.day).counts, model);
  };

  it('names a meeting once when a joining happens at it: “Fifth meeting, Bucharest · Greece joins”, in every language', async () => {
    const expected: Record<string, RegExp> = {
      en: /^Fifth meeting, Bucharest · Greece joins$/,
      'sr-Latn': /^[^·]*Bukurešt[^·]* · Grčka pristupa mreži$/,
      'sr-Cyrl': /^[^·]*Букурешт[^·]* · Грчка приступа мрежи$/,
    };
    try {
      for (const language of LANGUAGES) {
        setLanguage(language, (await language.load()).default);
        expect(captionOn('2019-06-04'), language.code).toMatch(expected[language.code]!);
      }
    } finally {
      setLanguage(LANGUAGES[0], en);
    }
  });

  it('keeps the meeting of a joining told without it', () => {
    const greece = model.events.find((e) => e.id === 'join-GRC-0')!;
    expect(stepCaption({ caption: null, events: [greece] }, model.at(greece.day).counts, model)).toBe('Greece joins at the fifth meeting, Bucharest');
  });

  it('a day the sources count no offices for says so in words, with no dash in the sentence', () => {
    const day = placeOf('2023-11-02');
    const counts = model.at(day).counts;
    expect(counts.offices).toBeNull();
    expect(stepCaption({ caption: null, events: [] }, counts, model)).toBe(
      `${counts.countries} countries, ${counts.meetings} meetings (the sources do not count the prosecution offices at this date)`,
    );
  });
});
