import { readFileSync } from "node:fs";

/** An acceptance operation with the variables the benchmark sends. */
export interface BenchOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

const operationText = (name: string) => readFileSync(new URL(`../schema/operations/${name}.graphql`, import.meta.url), "utf8");

/**
 * The read operations of the public contract with variables that fit a generated corpus starting `start` and
 * spanning `days`: dates inside it, the organizations every corpus has.
 */
export function benchOperations(lastDate: string, ids: { organizationId: string }): BenchOperation[] {
  const monthStart = `${lastDate.slice(0, 7)}-01`;
  const twoMonthsBack = new Date(Date.parse(`${monthStart}T00:00:00Z`) - 40 * 86_400_000).toISOString().slice(0, 10);
  return [
    { name: "01-briefings", variables: {} },
    { name: "02-briefing-items", variables: { date: lastDate } },
    { name: "03-organization", variables: { name: "pentagon" } },
    { name: "04-theme", variables: { slug: "agents" } },
    { name: "05-filter-items", variables: { filter: { organization: "OpenAI", from: monthStart, to: lastDate } } },
    { name: "06-node-and-publishers", variables: { id: ids.organizationId } },
    { name: "08-connection", variables: { from: "Arm", to: "Anthropic", maxHops: 6 } },
    { name: "09-neighborhood", variables: { id: ids.organizationId, depth: 2, limit: 200 } },
    { name: "10-search", variables: { query: "supply chain compromise" } },
    { name: "11-trends", variables: { slug: "agents", from: twoMonthsBack, to: lastDate, interval: "WEEK" } },
    { name: "12-rankings", variables: { from: monthStart, to: lastDate } },
  ].map((op) => ({ ...op, query: operationText(op.name) }));
}
