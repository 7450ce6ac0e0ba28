/**
 * Shrinks a box's type until its content fits its height: the attachment sets `--fit` on the
 * element (1, then down in steps to `min`), and the element's font sizes multiply by it. It runs
 * again when the element's size changes, when what `watch` reads changes (the stage's step), and
 * when its content changes after that (a sentence that comes with the data, a quote drawn a moment
 * later): a box of fixed height does not resize when its content outgrows it.
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
    const resized = new ResizeObserver(fit);
    resized.observe(element);
    const changed = new MutationObserver(fit);
    changed.observe(element, { childList: true, subtree: true, characterData: true });
    return () => {
      resized.disconnect();
      changed.disconnect();
    };
  };
}
