import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { floorOperations, type FloorOperation } from "../../bench/floor/cypherFloor.js";
import { loadConfig } from "../../src/config.js";
import { SECOND_BRIEFING, seedText } from "../support/briefings.js";
import { describeNeo4j, emptyNeo4jStore } from "../support/neo4j.js";
import { operation, startTestServer, type TestServer } from "../support/server.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- GraphQL answers are compared whole

const id = (type: string, key: string) => Buffer.from(`${type}:${key}`, "utf8").toString("base64url");
const OPENAI = id("Organization", "openai");
const AGENTS = id("Theme", "agents");
const REUTERS = id("Publisher", "reuters.com");
const SEED_BRIEFING = id("Briefing", "2026-03-25");

/**
 * Variables per operation: those of the operation files' `# variables:` comments on the seed's dates, and
 * variants that take the other branches of each floor (other endpoints, truncation, intervals, filters, misses).
 */
const CASES: Record<string, Json[]> = {
  "01-briefings": [{}],
  "02-briefing-items": [{ date: "2026-03-25" }, { date: "2026-04-02" }, { date: "2026-01-01" }],
  "03-organization": [{ name: "pentagon" }, { name: "Department of Defense" }, { name: "DoD" }, { name: "OpenAI" }, { name: "Nobody Inc" }],
  "04-theme": [{ slug: "agents" }, { slug: " Supply-Chain-Security " }, { slug: "no-such-theme" }],
  "05-filter-items": [
    { filter: { organization: "OpenAI", from: "2026-03-01", to: "2026-03-31" } },
    { filter: { organization: "OpenAI", from: "2026-03-01", to: "2026-04-30" }, after: "Y3Vyc29yOjE" },
    { filter: { theme: "agents", section: "ADDITIONAL" } },
    { filter: { publisher: "www.Reuters.com" } },
    { filter: { text: "Sora", to: "2026-03-25" } },
    { filter: { risk: "2.2" } },
    { filter: { organization: "Nobody Inc" } },
    {},
  ],
  "06-node-and-publishers": [{ id: OPENAI }, { id: SEED_BRIEFING }, { id: AGENTS }, { id: REUTERS }, { id: "not-an-id" }],
  "08-connection": [
    { from: "Arm", to: "Anthropic", maxHops: 6 },
    { from: "Arm", to: "Anthropic", maxHops: 2 },
    { from: "OpenAI", to: "agents" },
    { from: "reuters.com", to: "Anthropic", maxHops: 8 },
    { from: "Anthropic", to: "Anthropic" },
  ],
  "09-neighborhood": [
    { id: OPENAI, depth: 2, limit: 200 },
    { id: OPENAI, depth: 3, limit: 40 },
    { id: AGENTS, depth: 1 },
    { id: REUTERS, depth: 2, limit: 2000 },
    { id: id("Organization", "nobody") },
  ],
  "10-search": [{ query: "pth credential exfiltration" }, { query: "supply chain compromise" }, { query: "Anthropic" }, { query: "*** ()" }],
  "11-trends": [
    { slug: "agents", from: "2026-03-01", to: "2026-04-30", interval: "WEEK" },
    { slug: "national-security", from: "2026-03-20", to: "2026-04-05", interval: "DAY" },
    { slug: "compute-infrastructure", from: "2026-01-15", to: "2026-06-01", interval: "MONTH" },
    { slug: "no-such-theme", from: "2026-03-01", to: "2026-03-31", interval: "WEEK" },
  ],
  "12-rankings": [{ from: "2026-03-01", to: "2026-03-31" }, { from: "2026-04-01" }, {}],
};

/**
 * 10-search: the floor ranks by Lucene's scores, the API by its own scorer (see bench/floor/searchFloor.ts), so
 * scores are compared only in shape (best 1, all in (0, 1], best first); the hits themselves must be the same.
 */
function normalizeSearch(data: Json): Json {
  const scores: number[] = data["search"].map((h: Json) => h["score"]);
  expect(scores.every((s, i) => s > 0 && s <= 1 && (i === 0 ? s === 1 : s <= (scores[i - 1] as number)))).toBe(true);
  return { search: data["search"].map((h: Json) => ({ node: h["node"] })) };
}

/**
 * 08-connection: when several shortest chains exist, the API and SHORTEST 1 may pick different ones (see
 * bench/floor/graphFloor.ts). Compared: the length, both ends, and that every edge joins consecutive nodes; the
 * whole chain is compared when it agrees with the API's.
 */
function normalizeConnection(data: Json): Json {
  const path = data["connection"];
  if (path === null) return data;
  path.edges.forEach((edge: Json, i: number) => {
    const ends = [path.nodes[i].id, path.nodes[i + 1].id];
    expect(ends).toContain(edge["source"]);
    expect(ends).toContain(edge["target"]);
  });
  return { length: path.length, from: path.nodes[0], to: path.nodes.at(-1), edgeCount: path.edges.length };
}

const NORMALIZE: Record<string, (data: Json) => Json> = { "10-search": normalizeSearch, "08-connection": normalizeConnection };

describeNeo4j("the benchmark's Cypher floor", () => {
  let server: TestServer;
  let driver: Driver;
  const database = loadConfig().neo4j.database;

  beforeAll(async () => {
    server = await startTestServer(await emptyNeo4jStore(), {
      "briefing-2026-03-25.txt": seedText(),
      "briefing-2026-04-02.txt": SECOND_BRIEFING,
    });
    const { uri, user, password } = loadConfig().neo4j;
    // Default driver settings (lossless integers): the floor must not depend on how the benchmark's driver is set up.
    driver = neo4j.driver(uri as string, user ? neo4j.auth.basic(user, password ?? "") : undefined);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it("has one floor per read acceptance operation", () => {
    expect(floorOperations.map((op) => op.name)).toEqual(Object.keys(CASES));
  });

  describe.each(floorOperations.map((op) => [op.name, op] as [string, FloorOperation]))("%s", (name, floor) => {
    it.each((CASES[name] ?? []).map((variables) => [JSON.stringify(variables), variables]))("answers as the API does for %s", async (_, variables) => {
      const response = await server.gql(operation(name), variables);
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      const api = response.data as Json;
      const answer = (await floor.run(driver, variables, database)) as Json;
      const normalize = NORMALIZE[name];
      if (normalize && !isEqual(answer, api)) expect(normalize(answer)).toEqual(normalize(api));
      else expect(answer).toEqual(api);
    });
  });

  it("fails where the API refuses the request", async () => {
    const byName = new Map(floorOperations.map((op) => [op.name, op]));
    await expect(byName.get("08-connection")?.run(driver, { from: "Arm", to: "Anthropic", maxHops: 9 }, database)).rejects.toThrow();
    await expect(byName.get("09-neighborhood")?.run(driver, { id: OPENAI, depth: 4 }, database)).rejects.toThrow();
    await expect(byName.get("11-trends")?.run(driver, { slug: "agents", from: "2026-04-01", to: "2026-03-01", interval: "DAY" }, database)).rejects.toThrow();
  });
});

function isEqual(a: unknown, b: unknown): boolean {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
}
