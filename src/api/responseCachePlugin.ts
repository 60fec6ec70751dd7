import type { ApolloServerPlugin } from "@apollo/server";
import type { ApiContext } from "./context.js";

/** Marks a request's answer as cacheable when it was a query (never a mutation) answered without errors. */
export function responseCachePlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response, contextValue }) {
          contextValue.answer.cacheable =
            operation?.operation === "query" && response.body.kind === "single" && response.body.singleResult.errors === undefined;
        },
      };
    },
  };
}
