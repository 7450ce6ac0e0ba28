/**
 * The code a web page pastes to embed one view at a date: an iframe whose height is known before it
 * loads (an aspect ratio about the embed's own) and a listener that then sets its exact height from
 * the embed's message. Pure: the Share panel shows it, a test reads it.
 */
import { LANG_PARAM } from '../i18n/choose';
import { writeState, type UrlDate } from '../lib/clock/url';
import { viewById, type ViewId } from '../views';
import { HEIGHT_MESSAGE } from './height';
import { embedPageFile, hasEmbedPage } from './pages';

export interface SnippetOptions {
  /** The dashboard's address (origin and path), e.g. "https://example.org/pcocp/". */
  readonly base: string;
  readonly view: ViewId;
  /** The date to show; null for "today" (the embed follows the present). */
  readonly date: UrlDate | null;
  /** False for a static figure (no time control). */
  readonly controls: boolean;
  /** The iframe's accessible name. */
  readonly title: string;
  /** The page's `?lang=`, kept so the embed speaks the language the snippet was made in; null when the page has none. */
  readonly lang?: string | null;
}

/**
 * The embed's address: its own page where it has one (`embed/map.html`, in the snippet's language:
 * painted from the HTML at any date), else the dashboard's (`?embed=…`). Its query names the
 * view either way, as every embed address always has.
 */
export function embedUrl(options: Omit<SnippetOptions, 'title'>): string {
  const params = new URLSearchParams(writeState('', { date: options.date, selection: null, theme: null, embed: options.view, controls: options.controls, look: null, present: false }));
  if (options.lang) params.set(LANG_PARAM, options.lang);
  const query = params.toString();
  // Beside the dashboard's page, whether its address names the file (index.html) or the folder.
  const page = hasEmbedPage(options.view) ? new URL(embedPageFile(options.view, options.lang ?? 'en'), options.base).href : options.base;
  return `${page}${query ? `?${query}` : ''}`;
}

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The HTML to paste: the iframe and its height listener. */
export function embedSnippet(options: SnippetOptions): string {
  const id = `pcocp-${options.view}`;
  return `<iframe id="${id}" src="${attr(embedUrl(options))}" title="${attr(options.title)}"
  style="width:100%;border:0;aspect-ratio:${viewById(options.view)!.embed.aspect}" loading="lazy"
  sandbox="allow-scripts allow-same-origin allow-popups"></iframe>
<script>
  // The embed posts its height whenever it changes, so the frame never scrolls or clips.
  addEventListener('message', function (e) {
    var frame = document.getElementById('${id}');
    if (e.data && e.data.type === '${HEIGHT_MESSAGE}' && e.source === frame.contentWindow) {
      frame.style.aspectRatio = 'auto';
      frame.style.height = e.data.height + 'px';
    }
  });
</script>`;
}
