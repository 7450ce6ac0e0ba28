/** The choices the editor's forms offer, from the draft: its sources, meetings, themes and countries (the data's words in the page's language, `words.ts`; the sources' titles as written). */
import type { Draft } from './draft.svelte';
import { byName, meetingTitle, memberName, themeLabel } from '../lib/model/words';

export type Option = { value: string; label: string };

export type Options = { sources: Option[]; meetings: Option[]; themes: Option[]; states: Option[] };

export function optionsOf(draft: Draft): Options {
  return {
    sources: (draft.value('sources.json') as { id: string; title: string }[]).map((s) => ({ value: s.id, label: s.title })),
    meetings: (draft.value('meetings.json') as { id: string; title: string; when: { start: string } }[]).map((m) => ({ value: m.id, label: `${meetingTitle(m)} (${m.when.start})` })),
    themes: (draft.value('themes.json') as { id: string; label: string }[]).map((t) => ({ value: t.id, label: themeLabel(t) })),
    states: (draft.value('osce-states.json') as { states: { id: string; name: string }[] }).states.map((s) => ({ value: s.id, label: memberName(s) })).sort((a, b) => byName(a.label, b.label)),
  };
}
