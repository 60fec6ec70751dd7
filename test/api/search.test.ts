import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/store/GraphStore.js";
import { MemoryStore } from "../../src/store/memory/MemoryStore.js";
import { seedText } from "../support/briefings.js";
import { describeNeo4j, emptyNeo4jStore } from "../support/neo4j.js";
import { operation, startTestServer, type TestServer } from "../support/server.js";

interface Hit {
  score: number;
  node: { id: string; __typename: string; title?: string; name?: string; slug?: string };
}

/** Queries that are only punctuation, operators or noise: answered with data, never an error. */
const NOISE = ['"', "***", "AND OR NOT", "(", "a:b", "\\", "~", "🙂", "", "x".repeat(10_000), 'title:(x)^9 +-&&||!{}[]^"~*?:\\/'];

/** The acceptance operation 10-search, as written, through the real HTTP server over `store` with the seed loaded. */
function searchSuite(name: string, emptyStore: () => Promise<GraphStore>): void {
  describe(`10-search on ${name}`, () => {
    let server: TestServer;
    const search = async (query: string) => {
      const response = await server.gql(operation("10-search"), { query });
      expect(response.status, query).toBe(200);
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      return (response.data as { search: Hit[] }).search;
    };

    beforeAll(async () => {
      server = await startTestServer(await emptyStore(), { "briefing-2026-03-25.txt": seedText() });
    });
    afterAll(async () => server?.close());

    it("finds the LiteLLM item first, every hit with a score, best first", async () => {
      const hits = await search("pth credential exfiltration");
      expect(hits[0]?.node.__typename).toBe("Item");
      expect(hits[0]?.node.title).toMatch(/^LiteLLM PyPI supply-chain compromise/);
      expect(hits.length).toBeLessThanOrEqual(10);
      expect(hits.every((h) => typeof h.score === "number" && h.score > 0)).toBe(true);
      expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    });

    it("finds organizations and themes too, by any node type", async () => {
      expect((await search("anthropc"))[0]?.node).toMatchObject({ __typename: "Organization", name: "Anthropic" });
      expect((await search("supply chain"))[0]?.node).toMatchObject({ __typename: "Theme", slug: "supply-chain-security" });
    });

    it("answers queries of only punctuation or operators with 200 and data", async () => {
      for (const query of NOISE) expect(Array.isArray(await search(query)), query).toBe(true);
    });

    it("refuses first above 100 or below 0 with BAD_USER_INPUT", async () => {
      for (const first of [101, -1]) {
        const response = await server.gql("query($q: String!, $n: Int) { search(query: $q, first: $n) { score } }", { q: "ai", n: first });
        expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        expect(response.errors?.[0]?.message).toBe(`"first" must be between 0 and 100; got ${first}`);
      }
      const none = await server.gql("{ search(query: \"ai\", first: 0) { score } }");
      expect(none.data).toEqual({ search: [] });
    });
  });
}

searchSuite("the embedded MemoryStore", async () => new MemoryStore());

describeNeo4j("search API on Neo4j", () => {
  searchSuite("Neo4jStore", emptyNeo4jStore);
});
