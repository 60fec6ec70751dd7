import { HttpClient } from "./httpClient.js";
import { interleavedLatencies, percentile } from "./measure.js";

/** p50 and p99 in milliseconds. */
export interface Latency {
  p50: number;
  p99: number;
}

/** Latency of `run` at concurrency 1, after a warm-up. */
export async function latencyOf(run: () => Promise<unknown>, iterations: number): Promise<Latency> {
  return (await interleavedLatencyOf({ run }, iterations)).run;
}

/** p50 and p99 of each of several runs, sampled in turns (interleavedLatencies). */
export async function interleavedLatencyOf<K extends string>(runs: Record<K, () => Promise<unknown>>, iterations: number): Promise<Record<K, Latency>> {
  const samples = await interleavedLatencies(runs, iterations);
  const entries = Object.entries(samples) as Array<[K, number[]]>;
  return Object.fromEntries(entries.map(([key, list]) => [key, { p50: percentile(list, 50), p99: percentile(list, 99) }])) as Record<K, Latency>;
}

/** Asks govgraph's embedded server for a computed answer rather than one from its response cache. */
export const NO_CACHE = { "cache-control": "no-cache" };

/**
 * One client per server, so that its keep-alive connections serve every operation asked of that server, as a
 * long-lived client of the API keeps them; the driver that the floor goes through keeps its Bolt connections open
 * the same way.
 */
const clients = new Map<string, HttpClient>();

/** One GraphQL request to `url`; refuses an answer with errors, so that a broken operation is not timed as fast. */
export function graphqlCall(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  extraHeaders: Record<string, string> = {},
): () => Promise<unknown> {
  const target = new URL(`${url}/graphql`);
  const key = `${target.hostname}:${target.port}`;
  const client = clients.get(key) ?? new HttpClient(target.hostname, Number(target.port));
  clients.set(key, client);
  const request = HttpClient.request("POST", target, { "content-type": "application/json", ...extraHeaders }, Buffer.from(JSON.stringify({ query, variables })));
  return async () => {
    const { status, body } = await client.send(request);
    let json: { data?: unknown; errors?: Array<{ message: string }> };
    try {
      json = JSON.parse(body) as typeof json;
    } catch (error) {
      throw new Error(`HTTP ${status}: not a GraphQL answer (${(error as Error).message})`);
    }
    if (json.errors) throw new Error(json.errors[0]?.message ?? "GraphQL error");
    return json.data;
  };
}
