/**
 * The parts of the page that need no JavaScript, from `data/`: the masthead (painted at once, before
 * the app loads: it is the page's largest text) and, for a browser with JavaScript off, a <noscript>
 * summary and the member table. Every string is escaped: data is never rendered as HTML. Run in Node
 * through Vite (`static-html.ts` loads `prerender.ts`, which uses these).
 */
import { formatPartialDate } from '../lib/dates/partial-date';
import type { Dataset } from '../lib/data/schema';
import { escapeXml as escape } from '../lib/escape';
import { mastheadWords } from '../shell/masthead';
import { t } from '../i18n';
import { asOfWords, dataText, meetingTitle, memberName, type NetworkModel } from '../lib/model';

export function noscriptHtml(data: Dataset, model: NetworkModel): string {
  const meetings = new Map(data.meetings.map((m) => [m.id, m]));
  const rows = data.members
    .map((m) => {
      const joined = m.joined
        .map((j) => {
          const at = j.event ? meetings.get(j.event) : undefined;
          return `${formatPartialDate(j.date)}${at ? ` (${meetingTitle(at)})` : ''}`;
        })
        .join(t('build.noscript.or'));
      return `<tr><th scope="row">${escape(memberName(m))}</th><td>${escape(joined)}</td><td>${m.founding ? t('build.noscript.yes') : t('build.noscript.no')}</td></tr>`;
    })
    .join('');
  const count = data.offices.count;
  const asOf = asOfWords(count.asOf, model.latestDate);
  // Its id is what the first paint waits for (index.html): the end of the page.
  return `<noscript id="summary"><div class="noscript">
<p>${escape(t('build.noscript.summary', { asOf, offices: t('build.count.offices', { n: count.offices }), countries: t('build.count.countries', { n: count.countries }), js: 'JavaScript' }))}</p>
<table><caption>${escape(t('build.noscript.caption'))}</caption><thead><tr><th scope="col">${escape(t('map.table.country'))}</th><th scope="col">${escape(t('map.joined'))}</th><th scope="col">${escape(t('build.noscript.founding'))}</th></tr></thead><tbody>${rows}</tbody></table>
<p>${escape(t('export.sources', { list: model.sourcesInOrder().map((s) => `${s.title} (${s.publisher ? `${s.publisher}, ` : ''}${dataText(s.issuedText)})`).join('; ') }))}</p>
</div></noscript>`;
}

/** The masthead: what the dashboard is about, from the first and the latest facts in the data. */
export function mastheadHtml(data: Dataset, model: NetworkModel): string {
  const words = mastheadWords(data, model);
  return `<header class="masthead" id="masthead">
      <p class="eyebrow">${escape(words.eyebrow)}</p>
      <h1>${escape(words.title)}</h1>
      <p class="lede">${escape(words.lede)}</p>
    </header>`;
}
