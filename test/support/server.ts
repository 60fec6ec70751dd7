import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { startServer, type Govgraph } from "../../src/app/startServer.js";
import type { GraphStore } from "../../src/store/GraphStore.js";

/** The API key the test servers accept. */
export const TEST_API_KEY = "test-key-0123456789";

/** A GraphQL response as the tests read it. */
export interface GraphQLResponse {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string; line?: number } }>;
  extensions?: Record<string, unknown>;
}

export interface TestServer {
  app: Govgraph;
  seedsDir: string;
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse>;
  close(): Promise<void>;
}

/** One acceptance operation of the public contract, as written (schema/operations is a copy of shared/acceptance). */
export function operation(name: string): string {
  return readFileSync(new URL(`../../schema/operations/${name}.graphql`, import.meta.url), "utf8");
}

/** Starts the real HTTP server on a free port over `store`, loading the briefings in `seeds` (copied to a temp dir). */
export async function startTestServer(
  store: GraphStore,
  seeds: Record<string, string> = {},
  apiKeys = [TEST_API_KEY],
  trace = false,
): Promise<TestServer> {
  const seedsDir = mkdtempSync(join(tmpdir(), "govgraph-seeds-"));
  const { writeFileSync } = await import("node:fs");
  for (const [name, text] of Object.entries(seeds)) writeFileSync(join(seedsDir, name), text);
  const app = await startServer({ store, seedsDir, host: "127.0.0.1", port: 0, apiKeys, trace });
  return {
    app,
    seedsDir,
    async gql(query, variables = {}, headers = {}) {
      const response = await fetch(`${app.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse, "status">) };
    },
    async close() {
      await app.close();
      rmSync(seedsDir, { recursive: true, force: true });
    },
  };
}
