/**
 * The masthead's words: what the dashboard is about, from the first and the latest facts in the data.
 * The build writes them into index.html in English (`static-parts.ts`); a page in another language
 * writes them again in its own when its model is built (`main.ts`).
 */
import { formatPartialDate } from '../lib/dates/partial-date';
import type { Dataset } from '../lib/data/schema';
import { asOfWords, cityName, type NetworkModel } from '../lib/model';
import { t } from '../i18n';

export interface Masthead {
  readonly eyebrow: string;
  readonly title: string;
  readonly lede: string;
}

export function mastheadWords(data: Dataset, model: NetworkModel): Masthead {
  const founders = data.members.filter((m) => m.founding).length;
  const declaration = data.meetings.find((m) => m.kind === 'founding');
  const city = declaration?.place.kind === 'city' ? cityName(declaration.place.city) : null;
  const date = declaration ? formatPartialDate(declaration.when.start.slice(0, 7)) : null;
  const count = data.offices.count;
  return {
    eyebrow: t('build.masthead.eyebrow'),
    title: t('build.masthead.title'),
    lede: t('build.masthead.lede', {
      founders: founders === 10 ? t('build.masthead.ten') : t('build.count.countries', { n: founders }),
      signed: city && date ? t('build.masthead.signed', { city, date }) : '',
      offices: t('build.count.offices', { n: count.offices }),
      countries: t('build.count.countries', { n: count.countries }),
      asOf: asOfWords(count.asOf, model.latestDate),
    }),
  };
}

/** Writes the masthead's words into the page's masthead (index.html's `#masthead`). */
export function writeMasthead(words: Masthead): void {
  const masthead = document.getElementById('masthead');
  const put = (selector: string, text: string) => {
    const element = masthead?.querySelector(selector);
    if (element) element.textContent = text;
  };
  put('.eyebrow', words.eyebrow);
  put('h1', words.title);
  put('.lede', words.lede);
  document.title = t('build.pageTitle');
}
