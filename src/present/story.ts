/**
 * The presenter's story: one step per day with events of the network, in order, then today.
 * Regional events outside the network are left out; each step keeps every event of its day.
 */
import type { Dataset } from '../lib/data/schema';
import { timelineEvents, type TimelineEvent } from '../lib/selectors';
import { dayFromDate, type Day } from '../lib/dates/partial-date';

export interface StoryStep {
  /** The day the step shows. */
  readonly day: Day;
  /** The date as the sources give it (null for today). */
  readonly date: string | null;
  /** The events of that day, in order. */
  readonly events: readonly TimelineEvent[];
  /** A line the presenter can read out, quoted from the sources where one is recorded. */
  readonly quote: { readonly text: string; readonly sources: readonly string[] } | null;
}

export function storySteps(data: Dataset, today: Day = dayFromDate(new Date())): StoryStep[] {
  const events = timelineEvents(data).filter((e) => e.kind !== 'related');
  const steps: StoryStep[] = [];
  for (const event of events) {
    const last = steps[steps.length - 1];
    if (last && last.day === event.day) {
      (last.events as TimelineEvent[]).push(event);
      continue;
    }
    steps.push({ day: event.day, date: event.date, events: [event], quote: null });
  }
  const meetings = new Map(data.meetings.map((m) => [m.id, m]));
  const withQuotes = steps.map((step) => {
    const meeting = step.events.map((e) => meetings.get(e.id)).find((m) => m && m.outcomes.length);
    const outcome = meeting?.outcomes[0];
    return outcome ? { ...step, quote: { text: outcome.text, sources: outcome.sources } } : step;
  });
  if (!withQuotes.length || withQuotes[withQuotes.length - 1]!.day < today) withQuotes.push({ day: today, date: null, events: [], quote: null });
  return withQuotes;
}
