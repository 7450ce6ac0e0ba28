import { t } from '../i18n';

/** The presenter's keys in words, as the stage's help and the presenter view show them (the keys' names stay as written on the keyboard). */
export function keysHint(): string {
  return t('present.keys.hint', { pageDown: 'PageDown', pageUp: 'PageUp', b: 'B', dot: '.', home: 'Home', end: 'End', v: 'V', e: 'E' });
}

/** A tool's name with the key that does the same ("Edit story (E)"). */
export function withKey(label: string, key: string): string {
  return t('present.withKey', { label, key });
}

/** Opens the presenter view (a second window). */
export const VIEW_KEY = 'v';
/** Opens the story editor. */
export const EDIT_KEY = 'e';
