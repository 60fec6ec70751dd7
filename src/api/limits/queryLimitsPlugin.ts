import { GraphQLError } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import { ErrorCode } from "../../errors.js";
import { measureOperation } from "./measureOperation.js";

/** Limits on the size of one operation, checked before it runs. Documented in schema descriptions and README. */
export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxCost: 500_000 };

// Defaults of size arguments in schema/schema.graphql, used when an operation leaves them out.
const DEFAULT_SIZES: Record<string, number> = {
  items: 20,
  briefings: 20,
  organizations: 20,
  publishers: 20,
  connectedOrganizations: 10,
  search: 10,
  organizationThemeMatrix: 50,
  organizationRiskMatrix: 50,
  neighborhood: 200,
};

/** Refuses operations deeper or costlier than the limits with QUERY_TOO_COMPLEX, before any resolver runs. */
export function queryLimitsPlugin(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const size = measureOperation(document, operation, request.variables ?? {}, DEFAULT_SIZES);
          const refuse = (message: string) => {
            throw new GraphQLError(message, {
              extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 }, ...size, ...limits },
            });
          };
          if (size.depth > limits.maxDepth) refuse(`the operation nests ${size.depth} levels deep; the limit is ${limits.maxDepth}`);
          if (size.cost > limits.maxCost) {
            refuse(`the operation could resolve about ${size.cost} objects; the limit is ${limits.maxCost}: ask for smaller pages (first/limit)`);
          }
        },
      };
    },
  };
}
