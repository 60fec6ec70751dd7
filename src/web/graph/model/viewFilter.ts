import type { ViewGraph } from "./ViewGraph.js";

/** What the analyst narrowed the view to. Dates are ISO days; null means no bound. */
export interface ViewFilter {
  /** Only items with this theme (slug). */
  theme: string | null;
  /** Only items with this risk (code, such as "2.2"). */
  risk: string | null;
  from: string | null;
  to: string | null;
  /** Node types switched off in the legend. */
  hiddenTypes: ReadonlySet<string>;
}

export const NO_FILTER: ViewFilter = { theme: null, risk: null, from: null, to: null, hiddenTypes: new Set() };

/**
 * The nodes to hide. An item is hidden when its theme, risk or date falls outside the filter (an item whose facts have not
 * arrived yet stays); an entity is hidden when the filter narrows items and none of its items in the view is left,
 * unless it is in `keep` (the start node and the selection). Types switched off are hidden whatever else.
 */
export function hiddenNodes(graph: ViewGraph, filter: ViewFilter, keep: ReadonlySet<string>): Set<string> {
  const narrowsItems = filter.theme !== null || filter.risk !== null || filter.from !== null || filter.to !== null;
  const hidden = new Set<string>();
  const itemPasses = (node: string): boolean => {
    const { date, themes, risks } = graph.getNodeAttributes(node);
    if (filter.theme !== null && themes !== null && !themes.includes(filter.theme)) return false;
    if (filter.risk !== null && risks !== null && !risks.includes(filter.risk)) return false;
    if (date !== null && filter.from !== null && date < filter.from) return false;
    if (date !== null && filter.to !== null && date > filter.to) return false;
    return true;
  };
  graph.forEachNode((node, attributes) => {
    if (filter.hiddenTypes.has(attributes.nodeType)) hidden.add(node);
    else if (attributes.nodeType === "Item") {
      if (narrowsItems && !itemPasses(node)) hidden.add(node);
    } else if (narrowsItems && !keep.has(node)) {
      const items = graph.neighbors(node).filter((other) => graph.getNodeAttribute(other, "nodeType") === "Item");
      if (items.length > 0 && !items.some(itemPasses)) hidden.add(node);
    }
  });
  return hidden;
}
