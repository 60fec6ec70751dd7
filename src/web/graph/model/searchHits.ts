import type { SearchHit } from "../api/queries.js";

/** How a hit reads in the list: an organization's or theme's name, an item's title. */
export function hitLabel(hit: SearchHit): string {
  return hit.node.name ?? hit.node.title ?? hit.node.slug ?? hit.node.id;
}

/**
 * The hit to start from: the organization or theme whose name (or slug) is the query, else the best-scored hit.
 * Searching "Anthropic" should draw Anthropic, not the item that names it most often.
 */
export function bestHit(query: string, hits: readonly SearchHit[]): SearchHit | undefined {
  const wanted = query.trim().toLowerCase();
  return hits.find((hit) => [hit.node.name, hit.node.slug].some((name) => name?.toLowerCase() === wanted)) ?? hits[0];
}
