/**
 * Each kind of fact's words in the editor, in the page's language: its list's heading, its Add button,
 * its form's name when added or corrected, its heading when new, its Save button, and the message once
 * saved. One entry per kind (each key written out: the build finds the words a module names by them).
 */
import { t } from '../i18n';

export type Kind = 'source' | 'meeting' | 'member' | 'event' | 'term' | 'board' | 'boardMember' | 'disagreement';

export interface KindWords {
  readonly heading: string;
  readonly add: string;
  readonly correct: string;
  readonly fresh: string;
  readonly save: string;
  readonly saved: (title: string) => string;
}

const words = (heading: string, add: string, correct: string, fresh: string, save: string, saved: (title: string) => string): KindWords => ({ heading, add, correct, fresh, save, saved });

/** A kind's words (made when asked for: the language is set by then). */
export function kindWords(kind: Kind): KindWords {
  switch (kind) {
    case 'source':
      return words(t('edit.source.heading'), t('edit.source.add'), t('edit.source.correct'), t('edit.source.new'), t('edit.source.save'), (title) => t('edit.source.saved', { title }));
    case 'meeting':
      return words(t('edit.meeting.heading'), t('edit.meeting.add'), t('edit.meeting.correct'), t('edit.meeting.new'), t('edit.meeting.save'), (title) => t('edit.meeting.saved', { title }));
    case 'member':
      return words(t('edit.member.heading'), t('edit.member.add'), t('edit.member.correct'), t('edit.member.new'), t('edit.member.save'), (title) => t('edit.member.saved', { title }));
    case 'event':
      return words(t('edit.event.heading'), t('edit.event.add'), t('edit.event.correct'), t('edit.event.new'), t('edit.event.save'), (title) => t('edit.event.saved', { title }));
    case 'term':
      return words(t('edit.term.heading'), t('edit.term.add'), t('edit.term.correct'), t('edit.term.new'), t('edit.term.save'), (title) => t('edit.term.saved', { title }));
    case 'board':
      // One Board, corrected, never added.
      return words(t('edit.board.heading'), t('edit.board.correct'), t('edit.board.correct'), t('edit.board.new'), t('edit.board.save'), () => t('edit.board.saved'));
    case 'boardMember':
      return words(t('edit.boardMember.heading'), t('edit.boardMember.add'), t('edit.boardMember.correct'), t('edit.boardMember.new'), t('edit.boardMember.save'), (title) => t('edit.boardMember.saved', { title }));
    case 'disagreement':
      return words(t('edit.disagreement.heading'), t('edit.disagreement.add'), t('edit.disagreement.correct'), t('edit.disagreement.new'), t('edit.disagreement.save'), (title) => t('edit.disagreement.saved', { title }));
  }
}
