/**
 * The stage's parts (each view's, `src/views/`), loaded with presenter mode: the stage, the presenter
 * view and the handout then draw a step's parts at once, never a placeholder in front of an audience.
 */
import type { Component } from 'svelte';
import { STAGE_PARTS, type StagePart, type StagePartProps, type StagePlace } from '../views';
import type { StageView } from '../story/codec';

const loaded = new Map<string, Component<StagePartProps>>();
const keys = new Map<string, Component<StagePartProps>>();

async function loadStageParts(): Promise<void> {
  await Promise.all([
    ...STAGE_PARTS.map(async (part) => loaded.set(part.id, (await part.code()).default)),
    ...STAGE_PARTS.map(async (part) => part.key && keys.set(part.id, (await part.key()).default)),
  ]);
}

/** Presenter mode's code, with every part of the stage. */
export async function loadPresenter() {
  const [presenter] = await Promise.all([import('./Presenter.svelte'), loadStageParts()]);
  return presenter;
}

/** The parts a step shows at a place of the stage, in the views' order, each with its component and its key's (if it has one). */
export function partsAt(views: readonly StageView[], place: StagePlace): { part: StagePart; Part: Component<StagePartProps>; Key: Component<StagePartProps> | undefined }[] {
  return STAGE_PARTS.filter((part) => part.place === place && (views as readonly string[]).includes(part.id)).map((part) => ({ part, Part: loaded.get(part.id)!, Key: keys.get(part.id) }));
}
