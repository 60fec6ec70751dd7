import type { Driver } from "neo4j-driver";
import { rankings, trends } from "./analyticsFloor.js";
import { connection, neighborhood } from "./graphFloor.js";
import { briefingItems, briefings, filterItems, nodeAndPublishers, organization, theme } from "./listFloor.js";
import { search } from "./searchFloor.js";

/**
 * The benchmark's floor: for each read acceptance operation (schema/operations), the same answer computed by
 * hand-written Cypher through the bare driver, one statement (one round trip) per operation, shaped like the
 * GraphQL `data`. Comparing an operation's latency with its floor's shows what the API layer costs.
 *
 * Exact except where noted on the function: 08-connection (which of several shortest chains) and 10-search
 * (Lucene's ranking instead of the API's scorer).
 */
export interface FloorOperation {
  name: string;
  run(driver: Driver, variables: Record<string, unknown>, database?: string): Promise<unknown>;
}

export const floorOperations: FloorOperation[] = [
  { name: "01-briefings", run: briefings },
  { name: "02-briefing-items", run: briefingItems },
  { name: "03-organization", run: organization },
  { name: "04-theme", run: theme },
  { name: "05-filter-items", run: filterItems },
  { name: "06-node-and-publishers", run: nodeAndPublishers },
  { name: "08-connection", run: connection },
  { name: "09-neighborhood", run: neighborhood },
  { name: "10-search", run: search },
  { name: "11-trends", run: trends },
  { name: "12-rankings", run: rankings },
];
