import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "../../src/store/memory/MemoryStore.js";
import type { GraphStore } from "../../src/store/GraphStore.js";
import { SECOND_BRIEFING, seedText } from "../support/briefings.js";
import { describeNeo4j, emptyNeo4jStore } from "../support/neo4j.js";
import { useServersOnBothStores } from "../support/bothStores.js";
import { startTestServer, TEST_API_KEY, type GraphQLResponse, type TestServer } from "../support/server.js";

const SEEDS = { "briefing-2026-03-25.txt": seedText(), "briefing-2026-04-02.txt": SECOND_BRIEFING };

const RELATIONS = `query($name: String!) { organization(name: $name) { name relations {
  type direction other { name } evidence { title briefing { date } } evidenceText evidenceField rule } } }`;

/** Every organization of every item with its relations: the relations level must cost one store call for all. */
const ALL_RELATIONS = `{ items(first: 100) { edges { node { organizations { name
  relations { type direction other { name } evidence { title } } } } } } }`;

const RELATED = `{ items(first: 100, orderBy: OLDEST_FIRST) { edges { node { title
  relatedItems(first: 3) { score reason item { title briefing { date } } } } } } }`;

type Related = { items: { edges: Array<{ node: { title: string; relatedItems: Array<{ score: number; reason: string; item: { title: string } }> } }> } };

const SORA_SHUTDOWN = "OpenAI shuts down the Sora short-form video app/platform (and related licensing implications)";
const SORA_RUMOURS = "OpenAI Sora discontinuation/shutdown rumors and reactions (compute reallocation, product replacement speculation)";

type Relations = { organization: { name: string; relations: Array<Record<string, unknown>> } | null };

/** The same questions asked of any server; the answers must not depend on the store. */
async function answers(server: TestServer): Promise<GraphQLResponse[]> {
  const names = ["Databricks", "Antimatter", "Department of Defense", "Anthropic", "OpenAI", "Google", "no such org"];
  const asked = await Promise.all(names.map((name) => server.gql(RELATIONS, { name })));
  return [...asked, await server.gql(ALL_RELATIONS), await server.gql(RELATED)];
}

function relationsSuite(name: string, emptyStore: () => Promise<GraphStore>): void {
  describe(`typed relations through the API (${name})`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(await emptyStore(), SEEDS, [TEST_API_KEY], true);
    });
    afterAll(async () => server?.close());

    it("answers Databricks' acquisitions with the item, its briefing and the sentence", async () => {
      const { data, errors } = await server.gql(RELATIONS, { name: "Databricks" });
      expect(errors).toBeUndefined();
      const title = "Databricks acquires Antimatter and SiftD.ai (AI security)";
      const evidence = { title, briefing: { date: "2026-03-25" } };
      const common = { type: "ACQUIRED", direction: "OUTGOING", evidence, evidenceText: title, evidenceField: "title", rule: "relation-acquired-active" };
      expect((data as Relations).organization?.relations).toEqual([
        { ...common, other: { name: "Antimatter" } },
        { ...common, other: { name: "SiftD.ai" } },
      ]);
    });

    it("shows the same relation as INCOMING from the other end, and the DoD vs Anthropic dispute", async () => {
      const antimatter = await server.gql(RELATIONS, { name: "Antimatter" });
      expect((antimatter.data as Relations).organization?.relations).toMatchObject([
        { type: "ACQUIRED", direction: "INCOMING", other: { name: "Databricks" } },
      ]);
      const anthropic = await server.gql(RELATIONS, { name: "Anthropic" });
      expect((anthropic.data as Relations).organization?.relations).toContainEqual(
        expect.objectContaining({ type: "DISPUTES", direction: "INCOMING", other: { name: "Department of Defense" } }),
      );
    });

    it("resolves the relations of every organization of every item with one store call for that level", async () => {
      const response = await server.gql(ALL_RELATIONS);
      expect(response.errors).toBeUndefined();
      const calls = (response.extensions?.["trace"] as { storeCalls: number }).storeCalls;
      // items, organizations of items, relations of organizations, evidence items (nodes).
      expect(calls).toBeLessThanOrEqual(4);
    });

    it("links the Sora shutdown and the Sora rumours items as one story, both ways, with score and reason", async () => {
      const response = await server.gql(RELATED);
      expect(response.errors).toBeUndefined();
      const byTitle = new Map((response.data as Related).items.edges.map((e) => [e.node.title, e.node.relatedItems]));
      const [rumours] = byTitle.get(SORA_SHUTDOWN) ?? [];
      expect(rumours?.item.title).toBe(SORA_RUMOURS);
      expect(rumours?.score).toBeGreaterThan(0.15);
      expect(rumours?.score).toBeLessThanOrEqual(1);
      expect(rumours?.reason).toMatch(/^Both are about OpenAI and share the words: .*sora/);
      expect(byTitle.get(SORA_RUMOURS)?.map((r) => r.item.title)).toContain(SORA_SHUTDOWN);
      const unrelated = byTitle.get("Databricks acquires Antimatter and SiftD.ai (AI security)");
      expect(unrelated).toEqual([]);
      const calls = (response.extensions?.["trace"] as { storeCalls: number }).storeCalls;
      // items, then one call for the candidates of every item, then the briefings of the related items.
      expect(calls).toBeLessThanOrEqual(3);
    });
  });
}

relationsSuite("MemoryStore", async () => new MemoryStore());
describeNeo4j("typed relations on Neo4j", () => relationsSuite("Neo4jStore", emptyNeo4jStore));

describeNeo4j("typed relations: both stores agree", () => {
  const servers = useServersOnBothStores(SEEDS);

  it("gives identical answers to every relations question", async () => {
    const fromMemory = await answers(servers.memory);
    expect(fromMemory.every((r) => r.errors === undefined)).toBe(true);
    expect(await answers(servers.neo4j)).toEqual(fromMemory);
  });
});
