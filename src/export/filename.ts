/**
 * A downloaded file's name. A figure carries the words of the page's language (its title, caption,
 * source line), so a figure made on a page in another language than English says which in its name
 * (`pcocp-map-2019-06-30-sr-Latn.png`), and two downloads in two languages do not overwrite each other.
 */
import { currentLanguage } from '../i18n';

/** `stem`, then the page's language code unless it is English, then `.extension`. */
export function fileName(stem: string, extension: string): string {
  const code = currentLanguage().code;
  return `${stem}${code === 'en' ? '' : `-${code}`}.${extension}`;
}
