/** Where a timeline mark's caption is drawn, for the layout tests. */
import type { MarkBox } from '../../../src/timeline/lanes-layout';
import { textWidth } from '../../../src/lib/text/measure';

/** The caption's box, as the layout says it is drawn. */
export function captionBox(b: MarkBox, size: number) {
  const w = Math.max(...b.caption.map((l) => textWidth(l, size)));
  const x0 = b.anchor === 'start' ? b.captionX : b.anchor === 'end' ? b.captionX - w : b.captionX - w / 2;
  return { x0, x1: x0 + w, y0: b.captionY - size, y1: b.captionY + (b.caption.length - 1) * size * 1.25 };
}

export const overlap = (a: ReturnType<typeof captionBox>, b: ReturnType<typeof captionBox>) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
