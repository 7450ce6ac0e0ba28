/** Српски (ћирилица): the Latin catalogue, transliterated (`cyrillic.ts`). */
import latin from './sr-Latn.ts';
import type { Message, Translation } from './index.ts';
import { toCyrillic } from './cyrillic.ts';

const cyrillic = (message: Message): Message =>
  typeof message === 'string' ? toCyrillic(message) : Object.fromEntries(Object.entries(message).map(([k, v]) => [k, toCyrillic(v)])) as Message;

export default Object.fromEntries(Object.entries(latin).map(([key, message]) => [key, cyrillic(message)])) as Translation;
