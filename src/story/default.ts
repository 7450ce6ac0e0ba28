/**
 * The presenter's story: one step per day with events of the network, in order, then today.
 * Regional events outside the network are left out; each step keeps every event of its day.
 */
import { eventDate, type NetworkModel, type NetworkEvent } from '../lib/model';
import { dayFromDate, type Day } from '../lib/dates/partial-date';

export interface StoryStep {
  /** The day the step shows. */
  readonly day: Day;
  /** The date in words as the sources give it (null for today). */
  readonly dateText: string | null;
  /** The events of that day, in order. */
  readonly events: readonly NetworkEvent[];
  /** A line the presenter can read out, quoted from the sources where one is recorded. */
  readonly quote: { readonly text: string; readonly sources: readonly string[] } | null;
}

export function storySteps(model: Pick<NetworkModel, 'events' | 'meetings'>, today: Day = dayFromDate(new Date())): StoryStep[] {
  const steps: StoryStep[] = [];
  for (const event of model.events) {
    if (event.kind === 'related') continue;
    const last = steps[steps.length - 1];
    if (last && last.day === event.day) {
      (last.events as NetworkEvent[]).push(event);
      continue;
    }
    steps.push({ day: event.day, dateText: eventDate(event), events: [event], quote: null });
  }
  const withQuotes = steps.map((step) => {
    const meeting = step.events.map((e) => (e.kind === 'join' ? undefined : model.meetings.get(e.id)?.meeting)).find((m) => m && m.outcomes.length);
    const outcome = meeting?.outcomes[0];
    return outcome ? { ...step, quote: { text: outcome.text, sources: outcome.sources } } : step;
  });
  if (!withQuotes.length || withQuotes[withQuotes.length - 1]!.day < today) withQuotes.push({ day: today, dateText: null, events: [], quote: null });
  return withQuotes;
}
