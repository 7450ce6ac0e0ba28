/**
 * The steps the stage tells: the default story (src/story/default.ts) or a presenter's own, each
 * step with what the stage shows. Pure.
 */
import { eventsCaption, type Counts, type NetworkModel } from '../lib/model';
import { t } from '../i18n';
import { dayToIso, formatDay, parsePartialDate, periodOf, type Day } from '../lib/dates/partial-date';
import { storySteps, type StoryStep } from './default';
import { DEFAULT_VIEWS, type StageView, type Story } from './codec';

export interface StageStep extends StoryStep {
  /** The presenter's caption, or null for the events' own. */
  readonly caption: string | null;
  /** The presenter's notes (the presenter view shows them). */
  readonly notes: string;
  readonly views: readonly StageView[];
  /** The theme filter at this step (null: none). */
  readonly theme: string | null;
}

/** The steps of `story`, or of the default story when it is null; a step's date is kept within [first event, today]. */
export function stageSteps(model: Pick<NetworkModel, 'events' | 'meetings'>, story: Story | null, today: Day): StageStep[] {
  const defaults = storySteps(model, today);
  if (!story) return defaults.map((s) => ({ ...s, caption: null, notes: '', views: DEFAULT_VIEWS, theme: null }));
  const first = defaults[0]?.day ?? today;
  return story.steps.map((spec) => {
    const day = Math.min(today, Math.max(first, periodOf(parsePartialDate(spec.date)!).first));
    const known = defaults.find((s) => s.day === day);
    const base: StoryStep = known ?? { day, dateText: null, events: [], quote: null };
    return { ...base, dateText: day === today ? null : (base.dateText ?? formatDay(day)), caption: spec.caption.trim() || null, notes: spec.notes, views: spec.views, theme: spec.theme };
  });
}

/** The default story as a story of one's own: where the editor starts. */
export function defaultStory(model: Pick<NetworkModel, 'events' | 'meetings'>, today: Day): Story {
  return { title: '', steps: storySteps(model, today).map((s) => ({ date: dayToIso(s.day), caption: '', notes: '', views: DEFAULT_VIEWS, theme: null })) };
}

/**
 * The step the stage is on when the clock shows `day`: `held` if it shows that day, else the first
 * step on that day, else the latest step before it (steps of one's own need not be in order).
 */
export function stepAt(steps: readonly Pick<StoryStep, 'day'>[], day: Day, held = -1): number {
  if (steps[held]?.day === day) return held;
  const same = steps.findIndex((s) => s.day === day);
  if (same >= 0) return same;
  let best = 0;
  steps.forEach((s, i) => {
    if (s.day <= day && (steps[best]!.day > day || s.day > steps[best]!.day)) best = i;
  });
  return best;
}

/** The date a step shows, in words. */
export function stepDate(step: Pick<StoryStep, 'day' | 'dateText'>): string {
  return step.dateText ?? t('story.today', { date: formatDay(step.day) });
}

/** The caption a step shows: the presenter's, else its events', else what the network counts on its day. */
export function stepCaption(step: Pick<StageStep, 'caption' | 'events'>, counts: Counts, model: NetworkModel): string {
  if (step.caption) return step.caption;
  if (step.events.length) return eventsCaption(step.events, model);
  const countries = t('story.caption.countries', { n: counts.countries });
  const meetings = t('story.caption.meetings', { n: counts.meetings });
  // A date the sources give no count of offices for says so in words, not with a dash in the sentence.
  if (counts.offices === null) return t('story.caption.countsNoOffices', { countries, meetings });
  const parts = { countries, offices: t('story.caption.offices', { n: counts.offices }), meetings };
  return counts.asOfSource ? t('story.caption.countsAsOf', parts) : t('story.caption.counts', parts);
}
