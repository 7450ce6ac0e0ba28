/**
 * The map's embed, taken over on its own page in parts as the dashboard is (`shell/islands.ts`): its
 * time control and its map, each in a task of its own (`lib/ui/island.ts`; why: README, "Speed and
 * size"). A chart's embed is taken over whole, in the reader's first intent (`take-over.ts`), so that
 * the same event reaches it: its parts are drawn in place.
 */
import { takenOverAsBuilt, type Frame } from '../map/geometry/types';
import type { Island } from '../lib/ui/island';
import type { NetworkModel } from '../lib/model';
import TimeControl from '../lib/clock/TimeControl.svelte';
import MapView from '../map/MapView.svelte';

/** Whether an embed of `view`, prerendered, is drawn in parts (by the build, `build/prerender.ts`, and so taken over by `main.ts`: both ask for islands, the embed says where). */
export const inParts = (view: string | null): boolean => view === 'map';

interface Inputs {
  readonly model: () => NetworkModel | undefined;
  /** The map's frame as first laid out, where the map was painted from the HTML. */
  readonly frame: Frame | undefined;
}

/** The islands, their props as getters where they change. */
export function embedIslands({ model, frame }: Inputs) {
  return {
    time: { name: 'time', component: TimeControl, props: { get model() { return model(); } } },
    map: {
      name: 'map',
      component: MapView,
      props: { get model() { return model()!; }, compact: true, frame },
      // Taken over as the build drew it (in the prerender's framing): drawn whole; else drawn as the page draws.
      drawing: takenOverAsBuilt(frame) ? 'whole' : undefined,
    },
  } satisfies Record<string, Island>;
}
