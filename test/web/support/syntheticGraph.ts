/** A deterministic made-up graph the size of the largest view (2,000 nodes), to measure the page under load. */
export interface SyntheticGraph {
  root: string;
  nodes: Array<{ id: string; type: string; label: string }>;
  edges: Array<{ id: string; source: string; target: string; type: string }>;
  itemCount: Map<string, number>;
  dates: Map<string, string>;
  themes: Map<string, string[]>;
}

/** 1,500 items, 380 organizations, 24 themes and 96 publishers; each item names 1–3 organizations, 1–2 themes, 0–2 publishers. */
export function syntheticGraph(seed = 7): SyntheticGraph {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  // Skewed picks, as in the briefings: a few organizations appear everywhere.
  const skewed = (count: number) => Math.min(count - 1, Math.floor(count * random() ** 2.5));
  const make = (type: string, count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: `${type}:${i}`, type, label: `${type} ${i}` }));
  const organizations = make("Organization", 380);
  const themes = make("Theme", 24);
  const publishers = make("Publisher", 96);
  const items = make("Item", 1500);
  const edges: SyntheticGraph["edges"] = [];
  const itemCount = new Map<string, number>();
  const dates = new Map<string, string>();
  const itemThemes = new Map<string, string[]>();
  const link = (item: string, target: string, type: string) => {
    if (edges.some((edge) => edge.source === item && edge.target === target)) return;
    edges.push({ id: `${item}->${target}`, source: item, target, type });
    itemCount.set(target, (itemCount.get(target) ?? 0) + 1);
  };
  for (const [index, item] of items.entries()) {
    link(item.id, "Organization:0", "MENTIONS");
    for (let k = 0; k < Math.floor(random() * 3); k += 1) link(item.id, organizations[skewed(380)]!.id, "MENTIONS");
    const chosen = Array.from({ length: 1 + Math.floor(random() * 2) }, () => themes[skewed(24)]!.id);
    for (const theme of chosen) link(item.id, theme, "HAS_THEME");
    for (let k = 0; k < Math.floor(random() * 3); k += 1) link(item.id, publishers[skewed(96)]!.id, "CITED_BY");
    dates.set(item.id, `2026-${String(1 + (index % 12)).padStart(2, "0")}-${String(1 + (index % 28)).padStart(2, "0")}`);
    itemThemes.set(item.id, [...new Set(chosen)].map((id) => `theme-${id.split(":")[1]}`));
  }
  return {
    root: "Organization:0",
    nodes: [...organizations, ...items, ...themes, ...publishers],
    edges,
    itemCount,
    dates,
    themes: itemThemes,
  };
}
