import { DateScalar } from "../DateScalar.js";
import { mutationResolvers } from "./mutationResolvers.js";
import { queryResolvers } from "./queryResolvers.js";
import { typeResolvers } from "./typeResolvers.js";

/** Every resolver of schema/schema.graphql. */
export const resolvers = {
  Date: DateScalar,
  Query: queryResolvers,
  Mutation: mutationResolvers,
  ...typeResolvers,
};
