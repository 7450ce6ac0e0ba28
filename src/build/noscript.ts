/**
 * With JavaScript off the page still says what the network is and lists its members: this plugin
 * writes a <noscript> summary and member table into index.html at build time, from `data/`.
 * Every string is escaped: data is never rendered as HTML.
 */
import type { Plugin } from 'vite';
import { readDataTexts } from '../lib/data/validate-plugin.ts';
import { validateDataset } from '../lib/data/validate.ts';
import { formatPartialDate } from '../lib/dates/partial-date.ts';
import type { Dataset } from '../lib/data/schema.ts';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function noscriptHtml(data: Dataset): string {
  const meetings = new Map(data.meetings.map((m) => [m.id, m]));
  const rows = data.members
    .map((m) => {
      const joined = m.joined
        .map((j) => {
          const at = j.event ? meetings.get(j.event) : undefined;
          return `${formatPartialDate(j.date)}${at ? ` (${at.title})` : ''}`;
        })
        .join(' or ');
      return `<tr><th scope="row">${escape(m.name)}</th><td>${escape(joined)}</td><td>${m.founding ? 'yes' : 'no'}</td></tr>`;
    })
    .join('');
  const count = data.offices.count;
  return `<noscript><div class="noscript">
<h1>Permanent Conference of Organised Crime Prosecutors</h1>
<p>The network, supported by the OSCE Mission to Serbia, was founded when prosecutors from ten countries signed a Declaration of Intent in Belgrade on 26 May 2016. In ${escape(formatPartialDate(count.asOf))} it connected ${count.offices} prosecution offices from ${count.countries} countries. The interactive dashboard needs JavaScript; the member table follows.</p>
<table><caption>Member countries and when they joined</caption><thead><tr><th scope="col">Country</th><th scope="col">Joined</th><th scope="col">Founding signatory</th></tr></thead><tbody>${rows}</tbody></table>
<p>Sources: ${data.sources.map((s) => escape(`${s.title} (${s.publisher}, ${s.issuedText})`)).join('; ')}.</p>
</div></noscript>`;
}

export function noscriptPlugin(dataDir: string): Plugin {
  return {
    name: 'pcocp:noscript',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace('<div id="app"></div>', `<div id="app"></div>\n    ${noscriptHtml(validateDataset(readDataTexts(dataDir)))}`),
    },
  };
}
