import { Agent, request } from "node:http";
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
 * Keep-alive connections, one per concurrent call, as a long-lived client of the API keeps them. The driver that
 * the floor and the peer go through keeps its Bolt connections open the same way.
 */
const agent = new Agent({ keepAlive: true });

/**
 * One GraphQL request to `url`; refuses an answer with errors, so that a broken operation is not timed as fast.
 * Sent with node:http rather than fetch: on this Node, fetch (undici) costs the client ~0.5 ms more a call, which
 * would be counted as the server's.
 */
export function graphqlCall(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  extraHeaders: Record<string, string> = {},
): () => Promise<unknown> {
  const body = Buffer.from(JSON.stringify({ query, variables }));
  const target = new URL(`${url}/graphql`);
  const options = {
    host: target.hostname,
    port: target.port,
    path: target.pathname,
    method: "POST",
    agent,
    headers: { "content-type": "application/json", "content-length": body.length, ...extraHeaders },
  };
  return () =>
    new Promise((resolve, reject) => {
      const req = request(options, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          try {
            const json = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { data?: unknown; errors?: Array<{ message: string }> };
            if (json.errors) reject(new Error(json.errors[0]?.message ?? "GraphQL error"));
            else resolve(json.data);
          } catch (error) {
            reject(new Error(`HTTP ${response.statusCode}: not a GraphQL answer (${(error as Error).message})`));
          }
        });
      });
      req.on("error", reject);
      req.end(body);
    });
}
