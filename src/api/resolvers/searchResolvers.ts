import type { ApiContext } from "../context.js";
import { pageRequest } from "../connection.js";
import { nodeModel } from "../models.js";

/** Resolvers of `search` (full-text). */
export const searchQueryResolvers = {
  /** Any text is searched: stores read punctuation and operators as separators or words, never as syntax. */
  search: async (_: unknown, args: { query: string; first?: number | null }, context: ApiContext) => {
    const { limit } = pageRequest({ first: args.first }, 10);
    const query = args.query.trim();
    if (query === "" || limit === 0) return [];
    const hits = await context.store.search(query, limit);
    return hits.map((hit) => ({ score: hit.score, node: nodeModel(hit.node) }));
  },
};
