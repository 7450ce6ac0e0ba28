/** Every phrase the story's parts say about a story they could not take, written once (in the catalogue). */
import { currentLanguage, t } from '../i18n';
import type { StoryProblem } from './codec';
import { STORY_URL_LIMIT } from './codec';

/** A story link that could not be taken. */
export function linkProblem(problem: StoryProblem): string {
  const shown = t('story.problem.shown');
  return problem === 'malformed' ? t('story.problem.linkMalformed', { shown }) : t('story.problem.linkFuture', { shown });
}

/** A story file that could not be taken. */
export function fileProblem(problem: StoryProblem): string {
  return problem === 'malformed' ? t('story.problem.fileMalformed') : t('story.problem.fileFuture');
}

/** A story too long for a link. */
export function tooLongWords(length: number): string {
  const grouped = new Intl.NumberFormat(currentLanguage().locale);
  return t('story.tooLong', { length: grouped.format(length), limit: grouped.format(STORY_URL_LIMIT) });
}
