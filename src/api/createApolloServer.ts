import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { ApiContext } from "./context.js";
import { formatError } from "./formatError.js";
import { resolvers } from "./resolvers/index.js";
import { queryLimitsPlugin } from "./limits/queryLimitsPlugin.js";
import { tracePlugin } from "./tracePlugin.js";
import { responseCachePlugin } from "./responseCachePlugin.js";

/** The public contract: schema/schema.graphql in the project. */
export const SCHEMA_FILE = fileURLToPath(new URL("../../schema/schema.graphql", import.meta.url));

/** The SDL of the API. */
export function loadTypeDefs(): string {
  return readFileSync(SCHEMA_FILE, "utf8");
}

/** An Apollo Server for the schema and resolvers, with our error formatting and no CDN landing page. */
export function createApolloServer(): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError,
    includeStacktraceInErrorResponses: false,
    // The default landing page loads an IDE from a CDN; this tool must work on closed networks.
    // Cache-control hints are not used (no CDN or response cache in front); the plugin would wrap every resolver.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin(),
      tracePlugin(),
      responseCachePlugin(),
    ],
    introspection: true,
  });
}
