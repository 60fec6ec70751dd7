/** Resolvers of `connection` and `neighborhood`, and of their types. */
export const graphQueryResolvers = {};
export const graphTypeResolvers = {};
