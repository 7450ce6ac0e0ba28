/**
 * The dashboard's parts drawn as islands on a prerendered page (`lib/ui/island.ts`): the toolbar,
 * the counters, the time control and the map, each taken over in a task of its own; on a page drawn
 * in the browser, the same parts with the same props, in place.
 */
import type { Clock } from '../lib/clock/clock.svelte';
import { takenOverAsBuilt, type Frame } from '../map/geometry/types';
import type { Island } from '../lib/ui/island';
import type { NetworkModel } from '../lib/model';
import Counters from './Counters.svelte';
import TimeControl from '../lib/clock/TimeControl.svelte';
import Toolbar from './Toolbar.svelte';
import MapView from '../map/MapView.svelte';

interface Inputs {
  readonly model: () => NetworkModel | undefined;
  readonly clock: Clock;
  /** The map's frame as first laid out. */
  readonly mapFrame: Frame | undefined;
  readonly onpresent: () => void;
}

/** The islands, their props as getters where they change. */
export function dashboardIslands({ model, clock, mapFrame, onpresent }: Inputs) {
  return {
    toolbar: { name: 'toolbar', component: Toolbar, props: { get model() { return model(); }, onpresent } },
    counters: { name: 'counters', component: Counters, props: { get model() { return model(); }, get day() { return clock.day; }, get precision() { return clock.precision; } } },
    time: {
      name: 'time',
      component: TimeControl,
      props: { get model() { return model(); }, docked: true },
    },
    map: {
      name: 'map',
      component: MapView,
      props: { get model() { return model()!; }, get frame() { return mapFrame; } },
      // Taken over as the build drew it (in the prerender's framing): drawn whole; else drawn as the page draws.
      drawing: takenOverAsBuilt(mapFrame) ? 'whole' : undefined,
    },
  } satisfies Record<string, Island>;
}
