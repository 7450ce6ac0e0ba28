/** Српски (ћирилица): the Latin catalogue, transliterated (`cyrillic.ts`), but for the messages kept as written. */
import latin from './sr-Latn.ts';
import type { Message, Translation } from './index.ts';
import { toCyrillic } from './cyrillic.ts';

/** Messages that are the same in every language and script: the CSV's column names, for machines. */
export const AS_WRITTEN = /^export\.csv\./;

const cyrillic = (message: Message): Message =>
  typeof message === 'string' ? toCyrillic(message) : Object.fromEntries(Object.entries(message).map(([k, v]) => [k, toCyrillic(v)])) as Message;

export default Object.fromEntries(Object.entries(latin).map(([key, message]) => [key, AS_WRITTEN.test(key) ? message : cyrillic(message)])) as Translation;
