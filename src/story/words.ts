/** Every phrase the story's parts say about a story they could not take, written once. */
import type { StoryProblem } from './codec';
import { STORY_URL_LIMIT } from './codec';

const SHOWN = 'so the default story is shown; the rest of the link still applies.';

/** A story link that could not be taken. */
export const LINK_PROBLEM: Record<StoryProblem, string> = {
  malformed: `The story in this link could not be read (it may have been cut short), ${SHOWN}`,
  future: `The story in this link was made by a newer version of this explorer, ${SHOWN}`,
};

/** A story file that could not be taken. */
export const FILE_PROBLEM: Record<StoryProblem, string> = {
  malformed: 'This file is not a story this explorer can read; the story is unchanged.',
  future: 'This story file was made by a newer version of this explorer; the story is unchanged.',
};

/** A story too long for a link. */
export function tooLongWords(length: number): string {
  return `This story is too long for a link (${length.toLocaleString('en-GB')} characters; a link keeps at most ${STORY_URL_LIMIT.toLocaleString('en-GB')}). Save it as a file to keep it.`;
}
