import { describe, expect, it } from 'vitest';
import { layoutLabels, measure, wrap, type LabelInput, type PlacedLabel } from '../../../src/map/geometry/labels';
import { contains, poleOfInaccessibility, type Rings } from '../../../src/map/geometry/plane';

const square = (x: number, y: number, size: number): Rings[] => [
  [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ],
];

const country = (id: string, name: string, x: number, y: number, size: number): LabelInput => {
  const shape = square(x, y, size);
  return { id, lines: wrap(name), anchor: [x + size / 2, y + size / 2], size: 12, inside: (p) => contains(shape, p), priority: size };
};

function overlapping(labels: readonly PlacedLabel[]): string[] {
  const out: string[] = [];
  for (const a of labels)
    for (const b of labels)
      if (a.id < b.id && a.box.x0 < b.box.x1 && b.box.x0 < a.box.x1 && a.box.y0 < b.box.y1 && b.box.y0 < a.box.y1) out.push(`${a.id}/${b.id}`);
  return out;
}

describe('wrap', () => {
  const cases: [string, string[]][] = [
    ['Italy', ['Italy']],
    ['North Macedonia', ['North', 'Macedonia']],
    ['Bosnia and Herzegovina', ['Bosnia and', 'Herzegovina']],
    ['Montenegro', ['Montenegro']],
  ];
  for (const [name, lines] of cases) it(name, () => expect(wrap(name)).toEqual(lines));
});

describe('layoutLabels', () => {
  it('centres a label that fits inside its country, without a leader', () => {
    const [label] = layoutLabels([country('BIG', 'Romania', 100, 100, 200)], 800, 600);
    expect(label).toMatchObject({ x: 200, y: 200, leader: null, crowded: false });
  });

  it('moves a small country’s label out with a leader, clear of its neighbours', () => {
    const inputs = [country('BIG', 'Serbia', 100, 100, 200), country('SML', 'Montenegro', 300, 200, 14)];
    const labels = layoutLabels(inputs, 800, 600);
    const small = labels.find((l) => l.id === 'SML')!;
    expect(overlapping(labels)).toEqual([]);
    // It does not sit on its big neighbour, and it is next to its country or joined to it by a leader.
    expect(small.box.x0).toBeGreaterThanOrEqual(300);
    const gap = Math.hypot(Math.max(small.box.x0 - 307, 0, 307 - small.box.x1), Math.max(small.box.y0 - 207, 0, 207 - small.box.y1));
    expect(gap <= 12 || small.leader !== null).toBe(true);
    if (small.leader) expect(small.leader[0]).toEqual([307, 207]);
  });

  it('places a crowd of small countries without any overlap, inside the frame', () => {
    const inputs = Array.from({ length: 9 }, (_, i) => country(`C${i}`, `Country ${i}`, 300 + (i % 3) * 16, 200 + Math.floor(i / 3) * 16, 14));
    const before = JSON.stringify(inputs.map((i) => [i.anchor, i.lines]));
    const labels = layoutLabels(inputs, 800, 600);
    expect(labels).toHaveLength(9);
    expect(overlapping(labels)).toEqual([]);
    for (const l of labels) expect(l.box.x0 >= 0 && l.box.y0 >= 0 && l.box.x1 <= 800 && l.box.y1 <= 600).toBe(true);
    expect(JSON.stringify(inputs.map((i) => [i.anchor, i.lines]))).toBe(before);
  });

  it('never covers another anchor, and drops a city name with no room beside its marker', () => {
    const inputs: LabelInput[] = [
      country('BIG', 'Bulgaria', 100, 100, 300),
      { id: 'place:A', lines: ['Sofia'], anchor: [250, 250], size: 11, clearance: 6, priority: -1, beside: true },
    ];
    const labels = layoutLabels(inputs, 800, 600);
    const city = labels.find((l) => l.id === 'place:A')!;
    const big = labels.find((l) => l.id === 'BIG')!;
    expect(overlapping(labels)).toEqual([]);
    expect(city.leader).toBeNull();
    // The country label moved off the city's marker.
    expect(big.box.x0 > 256 || big.box.x1 < 244 || big.box.y0 > 256 || big.box.y1 < 244).toBe(true);
    // In a frame too small for it, the city's name is left out.
    expect(layoutLabels([{ ...inputs[1]!, anchor: [10, 10] as [number, number] }], 30, 20)).toEqual([]);
  });

  it('measures text by estimate', () => {
    expect(measure(['ab', 'abcd'], 10).height).toBeGreaterThan(measure(['abcd'], 10).height);
  });
});

describe('poleOfInaccessibility', () => {
  it('finds the interior point of a C-shaped country, where the centroid is outside', () => {
    // A "C": a square with a bite out of its right side.
    const c: Rings = [
      [
        [0, 0],
        [100, 0],
        [100, 30],
        [30, 30],
        [30, 70],
        [100, 70],
        [100, 100],
        [0, 100],
        [0, 0],
      ],
    ];
    const { point, distance } = poleOfInaccessibility(c, 0.5);
    expect(contains([c], point)).toBe(true);
    expect(contains([c], [50, 50])).toBe(false);
    expect(distance).toBeGreaterThan(14);
  });
});
