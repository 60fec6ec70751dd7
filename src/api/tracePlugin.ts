import type { ApolloServerPlugin } from "@apollo/server";
import type { ApiContext } from "./context.js";

/**
 * With GOVGRAPH_TRACE=1, adds `extensions.trace = { storeCalls, durationMs }` to every response, so that the
 * cost of a query in store round trips can be seen (and tested) from outside.
 */
export function tracePlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse({ response }) {
          const trace = contextValue.trace;
          if (!trace || response.body.kind !== "single") return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            trace: { storeCalls: trace.storeCalls, durationMs: Math.round((performance.now() - trace.startedAt) * 100) / 100 },
          };
        },
      };
    },
  };
}
