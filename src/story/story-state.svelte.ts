/**
 * The story the stage tells: the default one, or a presenter's own read from the link (`?story=`).
 * A story that is changed is written back into the link, unless it is too long for one (then it says
 * so, and the story is kept as long as the page is open: save it as a file). Everything else in the
 * link is kept untouched.
 */
import { PARAMS } from '../lib/clock/url';
import { decodeStory, encodeStory, STORY_URL_LIMIT, type Story, type StoryProblem } from './codec';

/** The query string with the story's link value set (or removed, for null), every other parameter kept. */
export function withStory(search: string, code: string | null): string {
  const params = new URLSearchParams(search);
  if (code === null) params.delete(PARAMS.story);
  else params.set(PARAMS.story, code);
  const out = params.toString();
  return out ? `?${out}` : '';
}

export class StoryState {
  /** The presenter's own story, or null for the default one. */
  story = $state<Story | null>(null);
  /** Why the link's story was not taken, or null. */
  problem = $state<StoryProblem | null>(null);
  /** The length of the link the story would need, when that is too long for a link; else null. */
  tooLong = $state<number | null>(null);

  /** Reads the story from the page's link; a story that cannot be read is dropped from the link. */
  constructor() {
    const code = new URLSearchParams(location.search).get(PARAMS.story);
    if (code === null) return;
    const read = decodeStory(code);
    if (read.ok) this.story = read.story;
    else {
      this.problem = read.problem;
      history.replaceState(history.state, '', `${location.pathname}${withStory(location.search, null)}${location.hash}`);
    }
  }

  /** The story's link value (null for the default story). */
  get code(): string | null {
    return this.story ? encodeStory(this.story) : null;
  }

  /** Tells `story` from now on and writes it into the link (replacing the entry: editing is not a walk through history). */
  set(story: Story | null, code: string | null = story ? encodeStory(story) : null): void {
    this.story = story;
    this.problem = null;
    const search = withStory(location.search, code);
    const url = `${location.pathname}${search}${location.hash}`;
    const length = new URL(url, location.href).href.length;
    this.tooLong = length > STORY_URL_LIMIT ? length : null;
    history.replaceState(history.state, '', this.tooLong ? `${location.pathname}${withStory(location.search, null)}${location.hash}` : url);
  }
}
