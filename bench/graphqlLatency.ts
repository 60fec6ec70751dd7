import { latencies, percentile } from "./measure.js";

/** p50 and p99 in milliseconds. */
export interface Latency {
  p50: number;
  p99: number;
}

/** Latency of `run` at concurrency 1, after a warm-up. */
export async function latencyOf(run: () => Promise<unknown>, iterations: number): Promise<Latency> {
  const samples = await latencies(run, iterations);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

/** Asks govgraph's embedded server for a computed answer rather than one from its response cache. */
export const NO_CACHE = { "cache-control": "no-cache" };

/** One GraphQL request to `url`; refuses an answer with errors, so that a broken operation is not timed as fast. */
export function graphqlCall(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  extraHeaders: Record<string, string> = {},
): () => Promise<unknown> {
  const body = JSON.stringify({ query, variables });
  const headers = { "content-type": "application/json", ...extraHeaders };
  return async () => {
    const response = await fetch(`${url}/graphql`, { method: "POST", headers, body });
    const json = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
    if (json.errors) throw new Error(json.errors[0]?.message ?? "GraphQL error");
    return json.data;
  };
}
