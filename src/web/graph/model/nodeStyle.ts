/** The node types `neighborhood` returns, in legend order. */
export const NODE_TYPES = ["Organization", "Item", "Theme", "Publisher"] as const;

/** Colour of each node type (Tableau 10: distinguishable, also for the common colour-vision deficiencies). */
export const TYPE_COLORS: Readonly<Record<string, string>> = {
  Organization: "#4e79a7",
  Item: "#9c755f",
  Theme: "#59a14f",
  Publisher: "#f28e2b",
};

const UNKNOWN_COLOR = "#bab0ac";

/** The colour of a node type; types the page does not know yet are grey. */
export function colorFor(type: string): string {
  return TYPE_COLORS[type] ?? UNKNOWN_COLOR;
}

/** A type's colour faded towards the canvas, for nodes outside the selection's neighbourhood. */
export function fadedColorFor(type: string, strength = 0.72): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(colorFor(type).slice(at, at + 2), 16));
  const canvas = [0xf7, 0xf8, 0xfa];
  const mix = [r, g, b].map((channel, i) => Math.round((channel ?? 0) + ((canvas[i] ?? 0) - (channel ?? 0)) * strength));
  return `#${mix.map((channel) => channel.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * Drawn radius: entities grow with the square root of their item count (so the area tracks the count), capped so a
 * hub does not cover its neighbours; items are small and all alike.
 */
export function sizeFor(type: string, itemCount: number | null): number {
  if (type === "Item") return 3;
  return Math.min(4 + 2.2 * Math.sqrt(itemCount ?? 1), 24);
}

/** A label short enough to draw next to a node (an item's label is its whole title). */
export function shortLabel(label: string, max = 48): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}
