/** Small readers of SVG text for tests that run without a DOM. */

/**
 * The problems that would make an XML parser refuse the text: tags that do not nest, unquoted or
 * repeated attributes, a bare `&` or `<` in text. Empty when the SVG is well formed.
 */
export function xmlProblems(svg: string): string[] {
  const problems: string[] = [];
  const body = svg.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|#39|#\d+);)/g;
  let last = 0;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    if (m[0] === '<' || m[0] === '&') problems.push(`bare ${m[0]} at ${m.index}: ${body.slice(m.index, m.index + 40)}`);
    else {
      const [, close, name, attrs, selfClose] = m;
      const names = [...attrs!.matchAll(/([\w:-]+)=/g)].map((a) => a[1]);
      if (new Set(names).size !== names.length) problems.push(`repeated attribute in <${name}>`);
      if (close) {
        if (stack.pop() !== name) problems.push(`</${name}> closes nothing open at ${m.index}`);
      } else if (!selfClose) stack.push(name!);
    }
    last = m.index + m[0].length;
  }
  if (stack.length) problems.push(`left open: ${stack.join(', ')}`);
  if (last === 0) problems.push('no markup');
  return problems;
}

/** The text content of every <text> element, unescaped. */
export function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1]!));
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The opening tags of elements carrying `attribute="value"` (or the attribute at all). */
export function withAttribute(svg: string, attribute: string, value?: string): string[] {
  const wanted = value === undefined ? `${attribute}="` : `${attribute}="${value}"`;
  return [...svg.matchAll(/<[a-z][^>]*>/g)].map((m) => m[0]).filter((tag) => tag.includes(` ${wanted}`));
}

/** A numeric attribute of an opening tag. */
export function attr(tag: string, name: string): number {
  const m = new RegExp(` ${name}="([-\\d.]+)"`).exec(tag);
  if (!m) throw new Error(`no ${name} in ${tag}`);
  return Number(m[1]);
}

/** The markup of the <g> element whose opening tag carries `attribute="value"`, up to its closing tag. */
export function group(svg: string, attribute: string, value: string): string {
  const start = svg.indexOf(`<g ${attribute}="${value}"`);
  if (start === -1) throw new Error(`no <g ${attribute}="${value}">`);
  let depth = 0;
  const tag = /<(\/?)g\b[^>]*?(\/?)>/g;
  tag.lastIndex = start;
  for (let m = tag.exec(svg); m; m = tag.exec(svg)) {
    if (m[2]) continue;
    depth += m[1] ? -1 : 1;
    if (depth === 0) return svg.slice(start, m.index + m[0].length);
  }
  throw new Error('unclosed <g>');
}
