/**
 * A view's chart as a standalone figure for a report, framed by a title, the date, a caption, the
 * source line and any notes (the map's disclaimer). The chart is either the page's live <svg> with
 * its computed styles written in (the map), or markup a pure renderer drew (the timeline and the
 * Secretariat chart, which the page draws in HTML). As SVG text, or as a PNG at a given width.
 */
import { wrapText } from '../lib/text/measure';
import type { Day, Precision } from '../lib/dates/partial-date';
import type { TimeAxis } from '../lib/clock/axis';
import { dataText, type NetworkModel } from '../lib/model';
import { escapeXml } from '../lib/escape';
import { t } from '../i18n';

/** What a view needs to draw itself as a figure: the network, the clock's state, the filter. */
export interface FigureRequest {
  readonly model: NetworkModel;
  readonly day: Day;
  /** How precisely the day was given ("June 2019" for ?date=2019-06). */
  readonly precision: Precision;
  readonly axis: TimeAxis;
  /** The theme filter, where the view has one. */
  readonly theme: string | null;
}

/** Each view offers one: its chart as a framed figure, SVG text. */
export type FigureMaker = (request: FigureRequest) => Promise<string> | string;

export interface FigureText {
  /** "Member countries of the PCOCP" */
  readonly title: string;
  /** "15 June 2019" */
  readonly date: string;
  /** What the figure shows at that date, in a sentence. */
  readonly caption: string;
  /** "Sources: …" */
  readonly sources: string;
  /** Extra lines in small type (the map's disclaimer, the Kosovo footnote). */
  readonly notes?: readonly string[];
}

/** The style properties that carry a chart's look; everything else is left to defaults. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'vector-effect',
  'visibility',
  'display',
] as const;

const NS = 'http://www.w3.org/2000/svg';
const FONT = "system-ui, 'Segoe UI', Roboto, Arial, sans-serif";

/**
 * A copy of the chart with every element's computed look written in as presentation attributes
 * (not `style` attributes: the app's Content Security Policy rightly refuses inline styles).
 */
function inlineStyles(source: SVGSVGElement): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const from = [source, ...source.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((el, i) => {
    const target = to[i] as SVGElement;
    const computed = getComputedStyle(el);
    for (const property of STYLE_PROPERTIES) {
      // A computed url() (a hatch pattern) is absolute to this page: make it local to the file again.
      const value = computed.getPropertyValue(property).replace(/url\("?[^#)"]*(#[^)"]+)"?\)/g, 'url($1)');
      if (value) target.setAttribute(property, value);
    }
    target.removeAttribute('style');
    target.removeAttribute('class');
    // Interaction hooks mean nothing in a file.
    for (const attr of [...target.attributes]) if (attr.name.startsWith('on') || attr.name === 'tabindex') target.removeAttribute(attr.name);
    if (target.localName === 'use') target.replaceWith(drawnShape(el, target));
  });
  return clone;
}

/**
 * A <use> written as the path it draws (the map's fills draw the members' shapes by reference to the
 * layer below): the file's layers each stand alone, and the shape takes the <use>'s look, which the
 * shape it names, its own ground colour written in, would not inherit.
 */
function drawnShape(live: Element, use: SVGElement): SVGElement {
  const shape = document.createElementNS(NS, 'path');
  const named = live.ownerDocument.getElementById((use.getAttribute('href') ?? '').slice(1));
  shape.setAttribute('d', named?.getAttribute('d') ?? '');
  for (const attr of use.attributes) if (attr.name !== 'href') shape.setAttribute(attr.name, attr.value);
  return shape;
}

/** A chart ready to be framed: SVG markup drawn in a box `width` × `height` (its own units). */
export interface Chart {
  /** The chart's elements, drawn from (0, 0) to (width, height). */
  readonly markup: string;
  readonly width: number;
  readonly height: number;
}

/** The frame's colours: the dashboard's light theme unless told otherwise. */
export interface FigureColours {
  readonly ink: string;
  readonly muted: string;
  readonly background: string;
}

export const LIGHT_COLOURS: FigureColours = { ink: '#14202e', muted: '#5a6878', background: '#ffffff' };

/** A figure's width in CSS pixels, and the margin around its content. */
export const FIGURE_WIDTH = 1200;
export const FIGURE_PAD = 32;
/** The width a chart is drawn at to sit in the frame unscaled. */
export const CHART_WIDTH = FIGURE_WIDTH - FIGURE_PAD * 2;

/**
 * The figure as SVG text, `width` CSS pixels wide: the title, the date and the caption above the
 * chart, the source line and any notes below, on a background. The chart is scaled to the width
 * between the margins, keeping its proportions.
 */
export function frameFigure(chart: Chart, text: FigureText, width = FIGURE_WIDTH, colours: FigureColours = LIGHT_COLOURS, legend?: Chart): string {
  const pad = FIGURE_PAD;
  const inner = width - pad * 2;
  const chartHeight = Math.round(inner * (chart.width > 0 ? chart.height / chart.width : 0.75));

  const lines: string[] = [];
  let y = pad;
  const add = (content: string, size: number, weight: number, colour: string) => {
    // The one estimate of a line's width (lib/text/measure.ts): Cyrillic runs wider than Latin.
    for (const line of wrapText(content, inner, size, weight >= 600)) {
      y += size * 1.25;
      lines.push(`<text x="${pad}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${colour}">${escapeXml(line)}</text>`);
    }
  };
  add(text.title, 30, 700, colours.ink);
  add(text.date, 22, 600, colours.ink);
  add(text.caption, 18, 400, colours.ink);
  y += 16;
  const chartY = y;
  y += chartHeight + 16;
  // A legend drawn apart from the chart (the map's) goes under it, at the same scale.
  const legendY = y;
  const legendHeight = legend ? Math.round(legend.height * (inner / legend.width)) : 0;
  if (legend) y += legendHeight + 16;
  add(text.sources, 14, 400, colours.muted);
  for (const note of text.notes ?? []) add(note, 12, 400, colours.muted);
  const height = Math.round(y + pad);

  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="${NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">
<title>${escapeXml(`${text.title}, ${text.date}`)}</title>
<desc>${escapeXml(text.caption)}</desc>
<rect width="100%" height="100%" fill="${colours.background}"/>
${lines.join('\n')}
<svg x="${pad}" y="${chartY}" width="${inner}" height="${chartHeight}" viewBox="0 0 ${chart.width} ${chart.height}">
${chart.markup}
</svg>${
    legend
      ? `
<svg x="${pad}" y="${legendY}" width="${inner}" height="${legendHeight}" viewBox="0 0 ${legend.width} ${legend.height}" data-part="legend">
${legend.markup}
</svg>`
      : ''
  }
</svg>`;
}

/**
 * The figure of a live chart, as SVG text `width` CSS pixels wide. A chart drawn as stacked layers
 * (the map draws its fills and its labels in layers of their own) is given as all its <svg>
 * elements, bottom first. The frame takes the page's current colours.
 */
export function figureSvg(layers: readonly SVGSVGElement[], text: FigureText, width = FIGURE_WIDTH, legendLayer?: SVGSVGElement): string {
  const box = layers[0]!.getBoundingClientRect();
  const w = box.width > 0 ? box.width : 4;
  const h = box.width > 0 ? box.height : 3;
  // Some browsers read a custom property back as written (`light-dark(#fff, #16202b)`), which no SVG
  // editor knows: let the browser resolve it as a colour on a probe beside the chart (CSSOM, CSP-safe).
  const host = layers[0]!.parentElement ?? document.body;
  const colour = (name: string, fallback: string) => {
    const probe = document.createElement('span');
    probe.style.color = `var(${name}, ${fallback})`;
    host.append(probe);
    const resolved = getComputedStyle(probe).color;
    probe.remove();
    return resolved || fallback;
  };
  const markup = layers
    .map((layer) => {
      const copy = inlineStyles(layer);
      copy.setAttribute('x', '0');
      copy.setAttribute('y', '0');
      copy.setAttribute('width', String(w));
      copy.setAttribute('height', String(h));
      if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${w} ${h}`);
      return new XMLSerializer().serializeToString(copy);
    })
    .join('\n');
  const legend = legendLayer
    ? { markup: new XMLSerializer().serializeToString(inlineStyles(legendLayer)), width: Number(legendLayer.getAttribute('width')), height: Number(legendLayer.getAttribute('height')) }
    : undefined;
  const colours = {
    ink: colour('--ink', LIGHT_COLOURS.ink),
    muted: colour('--muted', LIGHT_COLOURS.muted),
    background: colour('--surface', LIGHT_COLOURS.background),
  };
  return frameFigure({ markup, width: w, height: h }, text, width, colours, legend);
}

/** A title inside “…”: the quotes within it become ‘…’, as nested quotes are written. */
export const quotedTitle = (title: string) => `“${title.replace(/"([^"]*)"/g, '‘$1’')}”`;

/** "Sources: OSCE, “The PCOCP network (OSCE overview)” (Undated; …); …." for the given source ids, in the model's order of the sources. */
export function sourcesLine(model: Pick<NetworkModel, 'sourcesInOrder'>, ids: Iterable<string>): string {
  const list = model.sourcesInOrder(ids).map((s) => `${s.publisher ? `${s.publisher}, ` : ''}${quotedTitle(s.title)} (${dataText(s.issuedText)})`);
  return list.length ? t('export.sources', { list: list.join('; ') }) : t('export.sourcesNone');
}

/** The figure as a PNG blob `width` pixels wide (drawn from the SVG on a canvas), at `dpi` where given. */
export async function figurePng(svg: string, width: number, dpi?: number): Promise<Blob> {
  const size = /width="(\d+)" height="(\d+)"/.exec(svg);
  const scale = size ? width / Number(size[1]) : 1;
  const height = size ? Math.round(Number(size[2]) * scale) : width;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error(t('export.noCanvas'));
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(t('export.pngFailed')))), 'image/png'));
    if (dpi === undefined) return blob;
    const { withDpi } = await import('./png');
    return new Blob([withDpi(new Uint8Array(await blob.arrayBuffer()), dpi)], { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}
