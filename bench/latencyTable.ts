import type { BenchResults, Row } from "./results.js";
import type { Latency } from "./graphqlLatency.js";
import { round } from "./measure.js";

/** Records p50/p99 of one operation under `label` (embedded, neo4j, floor, peer) in its row of the latency table. */
export function recordLatency(results: BenchResults, operation: string, label: string, latency: Latency | string): void {
  let row = results.latency.find((r) => r["operation"] === operation);
  if (row === undefined) {
    row = { operation } as Row;
    results.latency.push(row);
  }
  if (typeof latency === "string") {
    row[`${label} p50`] = latency;
    return;
  }
  row[`${label} p50`] = round(latency.p50);
  row[`${label} p99`] = round(latency.p99);
}

/** A ratio of two p50 columns of the latency table, written into each row that has both. */
export function recordRatio(results: BenchResults, numerator: string, denominator: string, column: string): void {
  for (const row of results.latency) {
    const top = row[`${numerator} p50`];
    const bottom = row[`${denominator} p50`];
    if (typeof top === "number" && typeof bottom === "number" && bottom > 0) row[column] = round(top / bottom);
  }
}
