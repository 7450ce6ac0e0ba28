/**
 * What the dashboard sets outside Svelte's tree: the static masthead shown or hidden, the chosen
 * look on <html>, and a printout with every view drawn. Call during the dashboard's initialisation.
 */
import type { Mode } from '../lib/clock/mode.svelte';
import { listenForPrint } from '../lib/ui/print.svelte';

export function followThePage(mode: Mode, drawAll: () => void): void {
  // The static masthead (index.html) belongs to the dashboard, not to an embed or the presenter.
  $effect(() => {
    document.getElementById('masthead')?.toggleAttribute('hidden', mode.embed !== null || mode.present);
  });

  // A printout has every view drawn and every table behind a chart open; they close again after.
  $effect(() => listenForPrint(drawAll));

  // The chosen look is set on <html>.
  $effect(() => {
    if (mode.look) document.documentElement.dataset.look = mode.look;
    else delete document.documentElement.dataset.look;
  });
}
