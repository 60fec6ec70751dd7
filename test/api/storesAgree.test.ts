import { expect, it } from "vitest";
import { SECOND_BRIEFING, seedText } from "../support/briefings.js";
import { describeNeo4j } from "../support/neo4j.js";
import { useServersOnBothStores } from "../support/bothStores.js";
import { operation } from "../support/server.js";

const SEEDS = { "briefing-2026-03-25.txt": seedText(), "briefing-2026-04-02.txt": SECOND_BRIEFING };

/** Every read operation of the contract with the variables of its header, plus the aliases 03 must accept. */
const CASES: Array<[string, Record<string, unknown>]> = [
  ["01-briefings", {}],
  ["02-briefing-items", { date: "2026-03-25" }],
  ["02-briefing-items", { date: "2026-04-02" }],
  ["03-organization", { name: "pentagon" }],
  ["03-organization", { name: "Department of Defense" }],
  ["03-organization", { name: "OpenAI" }],
  ["04-theme", { slug: "agents" }],
  ["04-theme", { slug: "supply-chain-security" }],
  ["05-filter-items", { filter: { organization: "OpenAI", from: "2026-03-01", to: "2026-03-31" } }],
  ["05-filter-items", { filter: { theme: "compute-infrastructure", publisher: "reuters.com" } }],
  ["05-filter-items", { filter: { section: "TOP_PRIORITY", text: "openai" } }],
  ["11-trends", { slug: "agents", from: "2026-03-01", to: "2026-04-30", interval: "WEEK" }],
  ["11-trends", { slug: "compute-infrastructure", from: "2026-03-20", to: "2026-04-05", interval: "DAY" }],
  ["11-trends", { slug: "supply-chain-security", from: "2025-12-01", to: "2026-05-31", interval: "MONTH" }],
  ["12-rankings", { from: "2026-03-01", to: "2026-03-31" }],
  ["12-rankings", { from: null, to: null }],
  ["10-search", { query: "pth credential exfiltration" }],
  ["10-search", { query: "supply chain" }],
  ["10-search", { query: "anthropc" }],
  ["10-search", { query: "agents" }],
  ["10-search", { query: "nvidia chips" }],
  ["10-search", { query: "***" }],
];

describeNeo4j("the API on MemoryStore and Neo4jStore", () => {
  const servers = useServersOnBothStores(SEEDS);

  it("gives identical answers to every acceptance read operation", async () => {
    for (const [name, variables] of CASES) {
      const [a, b] = await Promise.all([servers.memory.gql(operation(name), variables), servers.neo4j.gql(operation(name), variables)]);
      expect(a.errors, name).toBeUndefined();
      expect(b, `${name} ${JSON.stringify(variables)}`).toEqual(a);
    }
  });

  it("answers organizations and themes in full where another field of the same request shows only their names", async () => {
    // Item pages that show only names may read cards of organizations and themes (Neo4jStore does); the same items
    // shown again with kinds and descriptions must not be answered from those cards.
    const query = `query ($date: Date!) {
      names: briefing(date: $date) { items(first: 50) { edges { node { id organizations { id name } themes { slug name } } } } }
      full: briefing(date: $date) { items(first: 50) { edges { node { id organizations { name kind confidence reviewed slug aliases itemCount } themes { slug description } } } } }
      top: items(first: 10, filter: { section: TOP_PRIORITY }) { edges { node { title organizations { kind } themes { description } } } }
    }`;
    const [a, b] = await Promise.all([servers.memory.gql(query, { date: "2026-03-25" }), servers.neo4j.gql(query, { date: "2026-03-25" })]);
    expect(a.errors).toBeUndefined();
    expect(b).toEqual(a);
    expect(JSON.stringify(b.data).match(/"kind":"[^"]+"/g)?.length).toBeGreaterThan(40);
    expect(JSON.stringify(b.data).match(/"description":"[^"]+"/g)?.length).toBeGreaterThan(30);
  });

  it("gives identical answers to node(id) for ids of every type", async () => {
    const ids = await servers.memory.gql("{ items(first: 40) { edges { node { id briefing { id } organizations { id } themes { id } sources { id publisher { id } } } } } }");
    const all = JSON.stringify(ids.data).match(/"id":"([^"]+)"/g)!.map((m) => m.slice(6, -1));
    for (const id of [...new Set(all)].slice(0, 60)) {
      const [a, b] = await Promise.all([servers.memory.gql(operation("06-node-and-publishers"), { id }), servers.neo4j.gql(operation("06-node-and-publishers"), { id })]);
      expect(a.errors).toBeUndefined();
      expect(b).toEqual(a);
    }
  });
});
