/**
 * Draws a view's own chart component off screen, at a figure's size and in the light scheme, and
 * hands its <svg> layers to `figureSvg`: the downloaded figure is the page's drawing, not a second
 * one, and it is light (for a report) whatever look the page has.
 */
import { flushSync, mount, unmount, type Component } from 'svelte';
import { figureSvg, type FigureText } from './figure';
import { t } from '../i18n';

/** Mounts `component` in a hidden host `width` CSS pixels wide, frames its SVG layers as a figure, and removes it. */
export function offscreenFigure<Props extends Record<string, unknown>>(component: Component<Props>, props: Props, width: number, text: FigureText): string {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.dataset.figureHost = '';
  // CSSOM, not a style attribute: the Content Security Policy allows it.
  Object.assign(host.style, { position: 'fixed', left: '-100000px', top: '0', width: `${width}px`, colorScheme: 'light', pointerEvents: 'none' });
  document.body.append(host);
  const app = mount(component, { target: host, props });
  try {
    flushSync();
    const layers = [...host.querySelectorAll<SVGSVGElement>('svg[data-figure-layer]')];
    if (!layers.length) throw new Error(t('export.noLayer'));
    return figureSvg(layers, text, undefined, host.querySelector<SVGSVGElement>('svg[data-figure-legend]') ?? undefined);
  } finally {
    void unmount(app);
    host.remove();
  }
}
