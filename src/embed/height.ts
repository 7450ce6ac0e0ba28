/**
 * An embedded view tells the page around it how tall it is, so the iframe never scrolls or clips.
 * The message is `{ type: 'pcocp:height', height, embed }`; see the README for the listener.
 */
export const HEIGHT_MESSAGE = 'pcocp:height';

export interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE;
  /** The document's height in CSS pixels. */
  readonly height: number;
  /** Which view is embedded. */
  readonly embed: string;
}

/** Starts posting the document's height to the parent whenever it changes; returns a stop function. */
export function postHeight(embed: string, target: Window = window.parent): () => void {
  if (target === window) return () => {};
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height, embed };
    // The height is no secret and the embedding page's origin is unknown: any origin may read it.
    target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(document.documentElement);
  send();
  return () => observer.disconnect();
}
