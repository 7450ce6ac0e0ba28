/**
 * An element's size (its `clientWidth` and `clientHeight`), reported by a ResizeObserver: first after
 * the browser has laid the page out, then on every change. Unlike `bind:clientWidth`, which also reads
 * the size as the element is created, it never makes the browser lay out the page in the middle of
 * a render (on a phone, that read cost a seventh of a second while the dashboard first drew). The
 * size is 0 until the first report, which comes before the next paint.
 */
import type { Attachment } from 'svelte/attachments';

export function clientSize(report: (width: number, height: number) => void): Attachment<HTMLElement> {
  return (element) => {
    const observer = new ResizeObserver(() => report(element.clientWidth, element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  };
}
