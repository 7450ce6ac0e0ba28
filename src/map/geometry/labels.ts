/**
 * Label placement without collisions. A country's label sits on its pole of inaccessibility when it
 * fits inside the country; otherwise (Slovenia, Montenegro, North Macedonia … on a phone) it moves out
 * to the nearest free spot, preferring spots off other labelled countries, and a leader line joins it to
 * its country. City labels sit beside their marker. Greedy, in priority order; deterministic.
 *
 * Text is measured by estimate (a share of the font size per character), so placement is a pure
 * function of its inputs and can run anywhere, including in a unit test.
 */
import type { Point } from './plane';
import type { PlacedLabel as DrawnLabel } from './types';
import { textWidth } from '../../lib/text/measure';

export interface LabelInput {
  readonly id: string;
  /** The text, one string per line. */
  readonly lines: readonly string[];
  /** The point the label names: a country's pole, a city's marker. */
  readonly anchor: Point;
  /** Font size in pixels. */
  readonly size: number;
  /** Measured as bold type (the members' names: their weight 600 is drawn bold by fonts without a semibold, as Debian's DejaVu). */
  readonly bold?: boolean;
  /** For a country: whether a frame point lies inside it (a centred label must fit inside). */
  readonly inside?: (p: Point) => boolean;
  /** Radius kept clear around the anchor (a marker's dot), in pixels. */
  readonly clearance?: number;
  /** Larger goes first. */
  readonly priority: number;
  /** A city name: it stays beside its marker (no leader), and is left out when there is no room there. */
  readonly beside?: boolean;
  /** Placed first and kept centred on its anchor, overhanging its neighbours (a place far smaller than its name). */
  readonly stay?: boolean;
}

export interface Rect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** A label as the layout places it: what the map draws (`geometry/types.ts`), with its box. */
export interface PlacedLabel extends DrawnLabel {
  readonly box: Rect;
  /** True when no spot was free and the label overlaps another (it is still shown). */
  readonly crowded: boolean;
}

export const LINE_HEIGHT = 1.15;
const PAD = 2;

/** The size of a text block. */
export function measure(lines: readonly string[], size: number, bold = false): { width: number; height: number } {
  return { width: Math.max(...lines.map((l) => textWidth(l, size, bold))) + 2 * PAD, height: lines.length * size * LINE_HEIGHT + PAD };
}

/** A name in one or two lines: names longer than `max` characters break at the space nearest their middle. */
export function wrap(name: string, max = 12): string[] {
  if (name.length <= max || !name.includes(' ')) return [name];
  let best = -1;
  for (let i = name.indexOf(' '); i !== -1; i = name.indexOf(' ', i + 1)) if (best === -1 || Math.abs(i - name.length / 2) < Math.abs(best - name.length / 2)) best = i;
  return [name.slice(0, best), name.slice(best + 1)];
}

function overlaps(a: Rect, b: Rect, gap = 1): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
}

function nearestOnRect(r: Rect, [x, y]: Point): Point {
  return [Math.min(r.x1, Math.max(r.x0, x)), Math.min(r.y1, Math.max(r.y0, y))];
}

function circleHitsRect([cx, cy]: Point, radius: number, r: Rect): boolean {
  const [nx, ny] = nearestOnRect(r, [cx, cy]);
  return (nx - cx) ** 2 + (ny - cy) ** 2 < radius * radius;
}

function samples(r: Rect): Point[] {
  const [mx, my] = [(r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2];
  return [
    [r.x0, r.y0],
    [mx, r.y0],
    [r.x1, r.y0],
    [r.x0, my],
    [mx, my],
    [r.x1, my],
    [r.x0, r.y1],
    [mx, r.y1],
    [r.x1, r.y1],
  ];
}

const DIRECTIONS = Array.from({ length: 16 }, (_, i) => (i * Math.PI) / 8);

/**
 * Places every label inside a `width` × `height` frame. Every anchor (and marker) is an obstacle for
 * the other labels, so a label never hides another country's pole or a meeting place. A label whose
 * country is too small for it may overhang the country a little (as atlases do) or move away with a
 * leader, whichever costs less: distance costs, and so does covering other labelled countries.
 */
export function layoutLabels(
  inputs: readonly LabelInput[],
  width: number,
  height: number,
  /** Whether a frame point is on any land (labels prefer the sea); none: no preference. */
  land: (p: Point) => boolean = () => false,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const countries = inputs.filter((i) => i.inside);
  const fitsInside = (input: LabelInput) => {
    const { width: w, height: h } = measure(input.lines, input.size, input.bold);
    const [x, y] = input.anchor;
    return !!input.inside && samples({ x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 }).every((p) => input.inside!(p));
  };
  // Labels that fit their country go first (they barely move), then the rest by priority.
  const order = [...inputs]
    .map((input) => ({ input, fits: fitsInside(input) }))
    .sort((a, b) => Number(!!b.input.stay) - Number(!!a.input.stay) || Number(b.fits) - Number(a.fits) || b.input.priority - a.input.priority || a.input.id.localeCompare(b.input.id))
    .map((o) => o.input);

  for (const input of order) {
    const { width: w, height: h } = measure(input.lines, input.size, input.bold);
    const [ax, ay] = input.anchor;
    const rectAt = (cx: number, cy: number): Rect => ({ x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 });
    const inFrame = (r: Rect) => r.x0 >= 2 && r.y0 >= 2 && r.x1 <= width - 2 && r.y1 <= height - 2;
    const blocked = (r: Rect, ownAnchor: boolean) =>
      !inFrame(r) ||
      placed.some((p) => overlaps(p.box, r)) ||
      inputs.some((o) => (o.id !== input.id || ownAnchor) && circleHitsRect(o.anchor, (o.clearance ?? 2) + 1, r));
    /** What a spot costs besides its distance: covering other labelled countries, and overhanging its own. */
    const coverage = (r: Rect) => {
      const points = samples(r);
      let cost = 0;
      for (const p of points) {
        const own = input.inside?.(p) ?? false;
        if (!own && countries.some((o) => o.id !== input.id && o.inside!(p))) cost += 2;
        else if (!own && land(p)) cost += 0.4;
        else if (!own && input.inside) cost += 0.25;
      }
      return cost * input.size;
    };

    let best: { rect: Rect; score: number; away: boolean } | null = null;
    // Centred on the anchor (countries only: a city's label never covers its marker).
    const centred = rectAt(ax, ay);
    // A label that stays is placed first and may cover its neighbours' poles (their labels then keep clear of it).
    if (input.inside && (input.stay ? inFrame(centred) : !blocked(centred, false))) best = { rect: centred, score: input.stay ? -Infinity : coverage(centred), away: false };
    // Away from the anchor, in 16 directions, nearest first.
    const clear = (input.clearance ?? 0) + 3;
    // Farther (8 to 13 sizes) only where nothing nearer is free: the stage's large names in the crowded Balkans.
    for (const step of input.beside ? [0] : [0, 0.75, 1.5, 2.5, 4, 6, 8, 10, 13]) {
      if (step > 6 && best) break;
      for (const angle of DIRECTIONS) {
        const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
        // Distance from the anchor to the box's edge along the direction, then the step beyond it.
        const reach = Math.min(Math.abs(dx) > 1e-9 ? w / 2 / Math.abs(dx) : Infinity, Math.abs(dy) > 1e-9 ? h / 2 / Math.abs(dy) : Infinity);
        const distance = clear + step * input.size;
        const rect = rectAt(ax + dx * (reach + distance), ay + dy * (reach + distance));
        if (blocked(rect, true)) continue;
        const score = distance * 1.5 + coverage(rect) + input.size;
        if (!best || score < best.score) best = { rect, score, away: true };
      }
      // Stop widening once a spot is found that a farther one could not beat.
      if (best && best.score < (step + 0.75) * input.size * 1.5 + input.size) break;
    }

    if (!best && input.beside) continue;
    const rect = best?.rect ?? rectAt(Math.min(width - w / 2 - 2, Math.max(w / 2 + 2, ax)), Math.min(height - h / 2 - 2, Math.max(h / 2 + 2, ay)));
    const near = nearestOnRect(rect, input.anchor);
    const far = Math.hypot(near[0] - ax, near[1] - ay) > input.size * 0.6;
    placed.push({
      id: input.id,
      lines: input.lines,
      size: input.size,
      x: (rect.x0 + rect.x1) / 2,
      y: (rect.y0 + rect.y1) / 2,
      box: rect,
      leader: best?.away && far && input.inside ? [input.anchor, near] : null,
      crowded: !best,
    });
  }
  return placed;
}
