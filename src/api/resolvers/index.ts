import { DateScalar } from "../DateScalar.js";
import { analyticsQueryResolvers, analyticsTypeResolvers } from "./analyticsResolvers.js";
import { graphQueryResolvers, graphTypeResolvers } from "./graphResolvers.js";
import { mutationResolvers } from "./mutationResolvers.js";
import { queryResolvers } from "./queryResolvers.js";
import { searchQueryResolvers } from "./searchResolvers.js";
import { typeResolvers } from "./typeResolvers.js";

/** Every resolver of schema/schema.graphql. */
export const resolvers = {
  Date: DateScalar,
  Query: { ...queryResolvers, ...analyticsQueryResolvers, ...searchQueryResolvers, ...graphQueryResolvers },
  Mutation: mutationResolvers,
  ...typeResolvers,
  Theme: { ...typeResolvers.Theme, ...analyticsTypeResolvers.Theme },
  Risk: { ...typeResolvers.Risk, ...analyticsTypeResolvers.Risk },
  ...graphTypeResolvers,
};
