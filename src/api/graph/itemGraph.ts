import type { GraphLink, GraphStore, ItemQuery } from "../../store/GraphStore.js";
import { byLinkOrder, compareIds, viewEdge, viewNode, type GraphView } from "./GraphView.js";

/** Rows per store call while collecting a whole graph: bounded statements, few round trips. */
const BATCH = 500;

/**
 * The items matching `query` with every organization, theme and publisher they link to, as one drawable graph
 * (the whole item graph for an empty query). Items come first in item order, then the entities by id.
 */
export async function itemGraph(store: GraphStore, query: ItemQuery): Promise<GraphView> {
  const itemIds: string[] = [];
  for (let offset = 0; ; offset += BATCH) {
    const page = await store.items(query, { offset, limit: BATCH });
    itemIds.push(...page.rows.map((i) => i.id));
    if (page.rows.length < BATCH || itemIds.length >= page.totalCount) break;
  }
  const links: GraphLink[] = [];
  for (const ids of chunks(itemIds)) links.push(...(await store.links(ids)));
  // The links of items are their own links to entities: they never reach an item outside the query.
  const entityIds = [...new Set(links.map((l) => l.targetId))].sort(compareIds);
  const nodes = [];
  for (const ids of chunks([...itemIds, ...entityIds])) {
    for (const node of await store.nodes(ids)) {
      const drawn = node ? viewNode(node) : null;
      if (drawn) nodes.push(drawn);
    }
  }
  const drawn = new Set(nodes.map((n) => n.id));
  const edges = links.filter((l) => drawn.has(l.itemId) && drawn.has(l.targetId)).sort(byLinkOrder).map(viewEdge);
  return { truncated: false, nodes, edges };
}

function chunks(ids: readonly string[]): string[][] {
  const result: string[][] = [];
  for (let start = 0; start < ids.length; start += BATCH) result.push(ids.slice(start, start + BATCH));
  return result;
}
