/**
 * The one estimate of how wide a line of text is, used wherever a layout must know a width before
 * anything is drawn (map labels, timeline captions, figure legends). A share of the font size per
 * character: generous enough for the system sans-serif at any weight we use, so an estimate never
 * lets two captions touch.
 */
export const CHAR_WIDTH = { regular: 0.56, bold: 0.62 } as const;

/** Cyrillic letters run wider than Latin ones in the same font (ж, ш, щ, м, д): by this much. */
const CYRILLIC = /[\u0400-\u04ff]/g;
const CYRILLIC_WIDER = 0.18;

/** Estimated width of `text` at `size` pixels. */
export function textWidth(text: string, size: number, bold = false): number {
  const cyrillic = text.match(CYRILLIC)?.length ?? 0;
  return ([...text].length + cyrillic * CYRILLIC_WIDER) * size * (bold ? CHAR_WIDTH.bold : CHAR_WIDTH.regular);
}

/** Breaks text into lines no wider than `max` pixels at `size`, at spaces (a word is never split). */
export function wrapText(text: string, max: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
