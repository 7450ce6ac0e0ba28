/** The presenter's keys in words, as the stage's help and the presenter view show them. */
export const KEYS_HINT = 'PageDown / PageUp step · B or . blanks · Home / End · V presenter view · E edit the story';

/** Opens the presenter view (a second window). */
export const VIEW_KEY = 'v';
/** Opens the story editor. */
export const EDIT_KEY = 'e';
