/**
 * Whose country card is open on the map, and why: the member under the pointer, the member with
 * keyboard focus, or the member selected on the shared clock, less one closed with Escape. The
 * latest gesture wins. The map's component turns DOM events into these calls; the rules live here,
 * where a test can drive them without a page.
 */
export class CardState {
  /** The member under a (non-touch) pointer. */
  hovered = $state<string | null>(null);
  /** The member whose shape, or whose card, has keyboard focus. */
  focused = $state<string | null>(null);
  /** A member whose card was closed (Escape, or the close button) while still focused or selected. */
  dismissed = $state<string | null>(null);
  readonly #selected: () => string | null;

  /** `selected`: the member selected on the shared clock, or null. */
  constructor(selected: () => string | null) {
    this.#selected = selected;
  }

  /** Whose card is open: hover first, then keyboard focus, then the selection; null for none. */
  readonly active = $derived.by(() => {
    const selected = this.#selected();
    return this.hovered ?? (this.focused !== this.dismissed ? this.focused : null) ?? (selected !== this.dismissed ? selected : null);
  });

  /** The pointer entered a member. A tap is a click: it opens the card for good, not as a preview. */
  enter(iso3: string, touch: boolean): void {
    if (!touch) this.hovered = iso3;
  }

  /** The pointer left a member; moving into its card keeps the card. */
  leave(intoCard: boolean): void {
    if (!intoCard) this.hovered = null;
  }

  /** The pointer left the card; moving back onto the hovered member keeps it. */
  leaveCard(toMember: string | null): void {
    if (toMember !== this.hovered) this.hovered = null;
  }

  /** A member's shape got keyboard focus: it replaces a card the pointer opened. */
  focus(iso3: string): void {
    this.focused = iso3;
    this.hovered = null;
    this.dismissed = null;
  }

  /** Focus left a shape or the card; moving into the card, or onto a shape, keeps the card. */
  blur(staysWithCard: boolean): void {
    if (!staysWithCard) this.focused = null;
  }

  /** A member's card is opened for good (the caller selects it on the clock). */
  open(): void {
    this.dismissed = null;
    this.hovered = null;
  }

  /** Closes the open card; returns whose it was (the caller gives focus back and clears the selection). */
  close(): string | null {
    const was = this.active;
    this.hovered = null;
    this.dismissed = was;
    return was;
  }

  /** A click on the sea or on land that is not a member. */
  background(): void {
    this.hovered = null;
  }
}

/** Where the card goes: beside the country's pole on the side with room; null (docked) on narrow frames. */
export function cardPlacement(anchor: readonly [number, number], width: number, height: number): { left: number; top: number } | null {
  if (width < 560) return null;
  const cardWidth = Math.min(320, width * 0.42);
  const [x, y] = anchor;
  const left = x + 24 + cardWidth < width - 8 ? x + 24 : Math.max(8, x - 24 - cardWidth);
  return { left, top: Math.max(8, Math.min(y - 32, height * 0.35)) };
}
