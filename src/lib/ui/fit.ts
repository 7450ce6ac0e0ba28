/**
 * Shrinks a box's type until its content fits its height: the attachment sets `--fit` on the
 * element (1, then down in steps to `min`), and the element's font sizes multiply by it. It runs
 * again when the element's size changes or when what `watch` reads changes (the stage's step).
 */
import type { Attachment } from 'svelte/attachments';

export function fitText(watch: () => unknown, min = 0.45): Attachment<HTMLElement> {
  return (element) => {
    watch();
    const fit = () => {
      let scale = 1;
      element.style.setProperty('--fit', '1');
      while (element.scrollHeight > element.clientHeight + 1 && scale > min) {
        scale = Math.round((scale - 0.05) * 100) / 100;
        element.style.setProperty('--fit', String(scale));
      }
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  };
}
