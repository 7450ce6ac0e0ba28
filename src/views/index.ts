/**
 * The dashboard's views, each declared once: what it is called, where its code is, where it goes on
 * the page, how it is embedded, downloaded as a figure, shown on the stage and told in a story, and
 * which facts of the data it shows. Everything that lists views (the page, the embeds and their
 * snippet, the download menu, the stage, the story editor and its links, the sources list) reads
 * this list: a new view is a folder of its own and an entry here.
 *
 * A view's code is only named here (loaded on first use): the first view carries the list, not the views.
 */
import type { Component } from 'svelte';
import type { Dataset } from '../lib/data/schema';
import type { Day } from '../lib/dates/partial-date';
import type { NetworkEvent, NetworkModel } from '../lib/model';
import type { FigureMaker } from '../export/figure';
import type { SelectionKind } from '../lib/clock/url';
import { t, type Key } from '../i18n';

/** What every view is given: the model, and whether it is shown alone in a small frame (an embed). */
export interface ViewProps {
  readonly model: NetworkModel;
  readonly compact?: boolean;
}

/** What a part of the stage is given: the step's day, its events and its theme filter. */
export interface StagePartProps {
  readonly model: NetworkModel;
  readonly day: Day;
  readonly events: readonly NetworkEvent[];
  readonly theme: string | null;
  /** Unique prefix for ids inside the page (a page may show several steps). */
  readonly uid: string;
  /** Show the part's legend (a small picture may do without). */
  readonly legend?: boolean;
}

type Code<P extends Record<string, any>> = () => Promise<{ default: Component<P> }>;

/** Where a stage part goes: beside the caption (a sentence), in the stage's picture area, or in the strip along its foot. */
export type StagePlace = 'story' | 'stage' | 'strip';

export interface StagePart {
  /** Its id in a story (its link and file): never reused for another part. */
  readonly id: string;
  /** Its name in the story editor (a catalogue key). */
  readonly words: Key;
  readonly place: StagePlace;
  readonly code: Code<StagePartProps>;
  /** Its key on the stage (the map's legend), told beside the caption while the part is shown; the part then draws none. */
  readonly key?: Code<StagePartProps>;
}

export interface View {
  /** Its id: the region's anchor (`#map`), `?embed=` and the file names. */
  readonly id: string;
  /** Its title (a catalogue key): the region's heading, the embed's, the Share panel's choice. */
  readonly title: Key;
  /** Its code. */
  readonly code: Code<ViewProps>;
  /**
   * Its place on the page, in page order: `main` (the wide column), `side` (the narrow one, beside
   * the main views of the first rows), or `full` (across both). A `first` view is drawn with the
   * first view (prerendered); the others when they near the viewport.
   */
  readonly page: { readonly place: 'main' | 'side' | 'full'; readonly first?: boolean };
  /** As an embed (`?embed=id`): its width ÷ height at report widths, so the iframe does not jump when it loads. */
  readonly embed: { readonly aspect: string };
  /** As a figure for a download: the start of its file's name, its name in the menu (a catalogue key), its maker. */
  readonly figure: { readonly file: string; readonly label: Key; readonly make: () => Promise<{ figure: FigureMaker }> };
  /** Its parts on the stage, each a view a story's step can show. */
  readonly stage: readonly StagePart[];
  /** The selection a link opens it at (`?sel=kind:id`), and the element that shows it (`shell/landing.ts`). */
  readonly shows?: { readonly selection: SelectionKind; readonly at: string };
  /** The files of the data whose facts it shows (the sources list links there), and the link's words. */
  readonly sources: { readonly files: readonly (keyof Dataset)[]; readonly show: Key };
}

export const VIEWS = [
  {
    id: 'map',
    title: 'shell.view.map',
    // Drawn with the first view: its code is in the page's own (the page imports it).
    code: () => import('../map/MapView.svelte'),
    page: { place: 'main', first: true },
    embed: { aspect: '1 / 1' },
    figure: { file: 'pcocp-map', label: 'word.map', make: () => import('../map/figure') },
    stage: [{ id: 'map', words: 'word.map', place: 'stage', code: () => import('../map/StageMap.svelte'), key: () => import('../map/StageMapKey.svelte') }],
    shows: { selection: 'member', at: '#map .card' },
    sources: { files: ['members', 'offices', 'osceStates', 'cartography'], show: 'sources.show.map' },
  },
  {
    id: 'rotation',
    title: 'shell.view.rotation',
    code: () => import('../rotation/RotationView.svelte'),
    page: { place: 'side' },
    // Its page's content at 760 px, 644 to 747 px tall: in a frame that tall at first, no scrollbar shows.
    embed: { aspect: '1 / 1' },
    figure: { file: 'pcocp-secretariat', label: 'shell.toolbar.figureRotation', make: () => import('../rotation/figure') },
    stage: [
      { id: 'secretariat', words: 'word.secretariat', place: 'stage', code: () => import('../rotation/StageSecretariat.svelte') },
      { id: 'board', words: 'word.board', place: 'story', code: () => import('../rotation/StageBoard.svelte') },
    ],
    shows: { selection: 'term', at: '[data-testid="term-details"]' },
    sources: { files: ['secretariat', 'board'], show: 'sources.show.rotation' },
  },
  {
    id: 'timeline',
    title: 'shell.view.timeline',
    code: () => import('../timeline/TimelineView.svelte'),
    page: { place: 'main' },
    // As the Secretariat's: its page's content at 760 px is 726 to 747 px tall.
    embed: { aspect: '1 / 1' },
    figure: { file: 'pcocp-timeline', label: 'word.timeline', make: () => import('../timeline/figure') },
    stage: [{ id: 'timeline', words: 'word.timeline', place: 'strip', code: () => import('../timeline/StageStrip.svelte') }],
    shows: { selection: 'meeting', at: '[data-testid="timeline-details"]' },
    sources: { files: ['meetings', 'relatedEvents'], show: 'sources.show.timeline' },
  },
  {
    id: 'themes',
    title: 'themes.title',
    code: () => import('../themes/ThemesView.svelte'),
    page: { place: 'full' },
    embed: { aspect: '4 / 3' },
    figure: { file: 'pcocp-themes', label: 'themes.figureLabel', make: () => import('../themes/figure') },
    stage: [{ id: 'themes', words: 'themes.stage', place: 'stage', code: () => import('../themes/StageThemes.svelte') }],
    sources: { files: ['themes'], show: 'themes.show' },
  },
] as const satisfies readonly View[];

export type ViewId = (typeof VIEWS)[number]['id'];
export type StagePartId = (typeof VIEWS)[number]['stage'][number]['id'];

/** A view by its id; undefined for an id no view has (a link from elsewhere, a view since removed). */
export const viewById = (id: string | null | undefined): View | undefined => VIEWS.find((v) => v.id === id);

/** A view's title, in the page's language. */
export const viewTitle = (id: ViewId): string => words(viewById(id)!.title);

/** A catalogue key's words (the keys named here take no values). */
export const words = (key: Key): string => (t as (key: Key) => string)(key);

/** The views' ids, in page order: `?embed=` accepts them. */
export const VIEW_IDS: readonly ViewId[] = VIEWS.map((v) => v.id);

/** Every part the stage can show, in the order of the views. */
export const STAGE_PARTS: readonly (StagePart & { readonly id: StagePartId })[] = VIEWS.flatMap((v): readonly StagePart[] => v.stage) as readonly (StagePart & { readonly id: StagePartId })[];
