import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { CardState, cardPlacement } from '../../../src/map/card-state.svelte';

/** A CardState whose clock selection the test can set. */
function withCards(run: (cards: CardState, select: (id: string | null) => void) => void) {
  const cleanup = $effect.root(() => {
    let selected = $state<string | null>(null);
    const cards = new CardState(() => selected);
    run(cards, (id) => {
      selected = id;
      flushSync();
    });
  });
  cleanup();
}

describe('CardState: whose card is open', () => {
  it('hover opens a preview, leaving closes it, unless the pointer moves into the card', () => {
    withCards((cards) => {
      cards.enter('SRB', false);
      expect(cards.active).toBe('SRB');
      cards.leave(true);
      expect(cards.active).toBe('SRB');
      cards.leaveCard(null);
      expect(cards.active).toBeNull();
    });
  });

  it('a tap is not a hover', () => {
    withCards((cards) => {
      cards.enter('SRB', true);
      expect(cards.active).toBeNull();
    });
  });

  it('hover wins over focus, focus over the selection; the latest gesture wins', () => {
    withCards((cards, select) => {
      select('GRC');
      expect(cards.active).toBe('GRC');
      cards.focus('HUN');
      expect(cards.active).toBe('HUN');
      cards.enter('SRB', false);
      expect(cards.active).toBe('SRB');
      cards.focus('ITA'); // the keyboard replaces the pointer's preview
      expect(cards.active).toBe('ITA');
      cards.blur(false);
      expect(cards.active).toBe('GRC');
    });
  });

  it('Escape closes a focused card and it stays closed until focus moves again', () => {
    withCards((cards) => {
      cards.focus('HUN');
      expect(cards.close()).toBe('HUN');
      expect(cards.active).toBeNull();
      cards.focus('HUN');
      expect(cards.active).toBe('HUN');
    });
  });

  it('a closed selection stays closed until a card is opened again', () => {
    withCards((cards, select) => {
      select('GRC');
      cards.close();
      expect(cards.active).toBeNull();
      cards.open();
      expect(cards.active).toBe('GRC');
      cards.background();
      expect(cards.active).toBe('GRC'); // the caller clears the selection
    });
  });
});

describe('cardPlacement', () => {
  it.each([
    [[100, 200], 900, 600, { left: 124, top: 168 }], // room on the right
    [[800, 300], 900, 600, { left: 800 - 24 - 320, top: 210 }], // none: to the left
    [[20, 10], 900, 600, { left: 44, top: 8 }], // kept inside the top
    [[100, 200], 500, 600, null], // narrow: docked
  ] as const)('%j in %i x %i → %j', (anchor, width, height, expected) => {
    expect(cardPlacement(anchor, width, height)).toEqual(expected);
  });
});
