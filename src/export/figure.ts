/**
 * A view's chart as a standalone figure for a report: the chart's <svg> with its computed styles
 * written in (so it looks the same outside the page), framed by a title, the date, a caption, the
 * source line and, for the map, the disclaimer. As SVG text, or as a PNG at a given width.
 */

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
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Breaks text into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

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
  });
  return clone;
}

/**
 * The figure as SVG text, `width` CSS pixels wide. A chart drawn as stacked layers (the map draws
 * its fills and its labels in layers of their own) is given as all its <svg> elements, bottom first.
 */
export function figureSvg(layers: readonly SVGSVGElement[], text: FigureText, width = 1200): string {
  const chart = layers[0]!;
  const box = chart.getBoundingClientRect();
  const ratio = box.width > 0 ? box.height / box.width : 0.75;
  const pad = 32;
  const inner = width - pad * 2;
  const chartHeight = Math.round(inner * ratio);
  const styles = getComputedStyle(chart);
  const ink = styles.getPropertyValue('--ink').trim() || '#14202e';
  const muted = styles.getPropertyValue('--muted').trim() || '#5a6878';
  const bg = styles.getPropertyValue('--surface').trim() || '#ffffff';
  const perLine = (size: number, weight: number) => Math.floor(inner / (size * (weight >= 600 ? 0.62 : 0.55)));

  const lines: string[] = [];
  let y = pad;
  const add = (content: string, size: number, weight: number, colour: string) => {
    for (const line of wrap(content, perLine(size, weight))) {
      y += size * 1.25;
      lines.push(`<text x="${pad}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${colour}">${escape(line)}</text>`);
    }
  };
  add(text.title, 30, 700, ink);
  add(text.date, 22, 600, ink);
  add(text.caption, 18, 400, ink);
  y += 16;
  const chartY = y;
  y += chartHeight + 16;
  add(text.sources, 14, 400, muted);
  for (const note of text.notes ?? []) add(note, 12, 400, muted);
  const height = Math.round(y + pad);

  const chartMarkup = layers
    .map((layer) => {
      const copy = inlineStyles(layer);
      copy.setAttribute('x', String(pad));
      copy.setAttribute('y', String(chartY));
      copy.setAttribute('width', String(inner));
      copy.setAttribute('height', String(chartHeight));
      if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${box.width} ${box.height}`);
      return new XMLSerializer().serializeToString(copy);
    })
    .join('\n');

  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="${NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, 'Segoe UI', Roboto, Arial, sans-serif">
<title>${escape(`${text.title}, ${text.date}`)}</title>
<desc>${escape(text.caption)}</desc>
<rect width="100%" height="100%" fill="${bg}"/>
${lines.join('\n')}
${chartMarkup}
</svg>`;
}

/** The figure as a PNG blob `width` pixels wide (drawn from the SVG on a canvas). */
export async function figurePng(svg: string, width: number): Promise<Blob> {
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
    if (!context) throw new Error('No 2D canvas here');
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
