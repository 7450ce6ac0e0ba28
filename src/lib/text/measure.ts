/**
 * The one estimate of how wide a line of text is, used wherever a layout must know a width before
 * anything is drawn (map labels, timeline captions, figure legends). A share of the font size per
 * character: generous enough for the system sans-serif at any weight we use, so an estimate never
 * lets two captions touch.
 */
export const CHAR_WIDTH = { regular: 0.56, bold: 0.62 } as const;

/** Estimated width of `text` at `size` pixels. */
export function textWidth(text: string, size: number, bold = false): number {
  return [...text].length * size * (bold ? CHAR_WIDTH.bold : CHAR_WIDTH.regular);
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
