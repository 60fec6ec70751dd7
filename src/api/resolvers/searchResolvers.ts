/** Resolvers of `search` (full-text). */
export const searchQueryResolvers = {};
