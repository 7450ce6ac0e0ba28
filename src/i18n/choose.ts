/**
 * Which language a page is in: the one `?lang=` names, else the first of the browser's languages
 * the dashboard speaks (Serbian in the script its region writes: `sr` and `sr-RS` in Cyrillic,
 * `sr-Latn` and `sr-ME` in Latin, by `Intl.Locale`'s likely subtags), else English.
 *
 * The function stands alone (no imports, no closures): the build writes it into index.html's inline
 * script as it is (`build/static-html.ts`), which keeps the English first view hidden until the app
 * has drawn the page in another language, and `main.ts` runs the same function.
 */
/** The URL parameter that names the language. */
export const LANG_PARAM = 'lang';

export function chooseLanguage(search: string, browser: readonly string[], codes: readonly string[]): string {
  const asked = new URLSearchParams(search).get('lang');
  if (asked !== null && codes.includes(asked)) return asked;
  for (const tag of browser) {
    let locale: Intl.Locale;
    try {
      locale = new Intl.Locale(tag).maximize();
    } catch {
      continue;
    }
    const code = [`${locale.language}-${locale.script}`, locale.language].find((c) => codes.includes(c));
    if (code) return code;
  }
  return codes[0]!;
}
