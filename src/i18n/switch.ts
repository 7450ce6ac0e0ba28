/**
 * Going to another language: the same page, every parameter kept (the date, the selection, the view),
 * with `?lang=` naming the language, so the link says it whatever the browser's languages. The page
 * loads again in that language: the language is set before anything is drawn (`main.ts`).
 */
import { LANG_PARAM } from './choose';

export function urlInLanguage(href: string, code: string): string {
  const url = new URL(href);
  url.searchParams.set(LANG_PARAM, code);
  return url.href;
}
