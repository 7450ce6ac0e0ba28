/**
 * A legend's flow: entries side by side in rows, each a swatch then its words wrapped to fit, a new
 * row where the next entry would pass the right edge. The map's figure, the timeline and the
 * Secretariat chart lay out their legends with it, each with its own sizes. Pure.
 */
import { textWidth, wrapText } from './measure';

export interface Flow {
  /** Where rows start, and the right edge no entry passes (unless it stands alone in its row). */
  readonly left: number;
  readonly right: number;
  /** The baseline of the first row. */
  readonly top: number;
  /** Type size and line height (a multiple of the size). */
  readonly size: number;
  readonly line: number;
  /** Room for the swatch before the words, and after the words before the next entry. */
  readonly swatch: number;
  readonly after: number;
  /** The widest the words may be before they wrap. */
  readonly wrap: number;
  /** Space between one row's last line and the next row. */
  readonly rowGap: number;
}

export interface FlowBox {
  /** The words in lines that fit. */
  readonly lines: readonly string[];
  /** Where the entry starts, and the baseline of its first line. */
  readonly x: number;
  readonly y: number;
}

/** The entries' boxes, in the order given, and the baseline of the last line of the last row. */
export function flowLegend(texts: readonly string[], flow: Flow): { boxes: FlowBox[]; last: number } {
  const { left, right, size, line } = flow;
  const boxes: FlowBox[] = [];
  let x = left;
  let y = flow.top;
  let tallest = 1;
  for (const text of texts) {
    const lines = wrapText(text, flow.wrap, size);
    const w = flow.swatch + Math.max(...lines.map((l) => textWidth(l, size))) + flow.after;
    if (x > left && x + w > right) {
      x = left;
      y += tallest * size * line + flow.rowGap;
      tallest = 1;
    }
    boxes.push({ lines, x, y });
    tallest = Math.max(tallest, lines.length);
    x += w;
  }
  return { boxes, last: y + (tallest - 1) * size * line };
}
