import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "../../src/store/memory/MemoryStore.js";
import type { GraphStore } from "../../src/store/GraphStore.js";
import { SECOND_BRIEFING, seedText } from "../support/briefings.js";
import { describeNeo4j, emptyNeo4jStore } from "../support/neo4j.js";
import { operation, startTestServer, TEST_API_KEY, type TestServer } from "../support/server.js";

const SEEDS = { "a.txt": seedText(), "b.txt": SECOND_BRIEFING };

/** Briefings -> items -> organizations (with their counts and themes): three levels of lists. */
const THREE_LEVELS = `query($n: Int!) { briefings(first: $n) { edges { node { date items(first: $n) { totalCount edges { node {
  title briefing { date } themes { slug } sources { url publisher { domain } }
  organizations { name itemCount firstSeen themes { theme { slug } itemCount } } } } } } } } }`;

/** Four levels of pages of up to 100: up to a million objects. */
const FOUR_LEVELS = `query($n: Int!) { briefings(first: $n) { edges { node { items(first: $n) { edges { node {
  organizations { items(first: $n) { edges { node { title } } } } } } } } } } }`;

function costSuite(name: string, emptyStore: () => Promise<GraphStore>) {
  describe(`query cost on ${name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(await emptyStore(), SEEDS, [TEST_API_KEY], true);
    });
    afterAll(async () => server?.close());

    it("makes the same number of store calls for a three-level query with first: 2 and first: 100", async () => {
      const small = await server.gql(THREE_LEVELS, { n: 2 });
      const large = await server.gql(THREE_LEVELS, { n: 100 });
      expect(small.errors).toBeUndefined();
      expect(large.errors).toBeUndefined();
      const calls = (r: typeof small) => (r.extensions?.["trace"] as { storeCalls: number }).storeCalls;
      expect(calls(small)).toBe(calls(large));
      // briefings; items with their briefing, themes, sources and organizations; organization counts and themes.
      expect(calls(large)).toBe(4);
      expect((large.extensions?.["trace"] as { durationMs: number }).durationMs).toBeGreaterThan(0);
      const items = (large.data as { briefings: { edges: Array<{ node: { items: { edges: unknown[] } } }> } }).briefings.edges;
      expect(items.map((e) => e.node.items.edges.length)).toEqual([3, 31]);
    });

    it("answers a briefing's items with their links in two store calls (02-briefing-items)", async () => {
      const response = await server.gql(operation("02-briefing-items"), { date: "2026-03-25" });
      expect(response.errors).toBeUndefined();
      expect((response.extensions?.["trace"] as { storeCalls: number }).storeCalls).toBe(2);
    });

    it("answers briefings with their item counts in one store call, reading no item (01-briefings)", async () => {
      const response = await server.gql(operation("01-briefings"));
      expect(response.errors).toBeUndefined();
      expect((response.extensions?.["trace"] as { storeCalls: number }).storeCalls).toBe(1);
      const edges = (response.data as { briefings: { edges: Array<{ node: { date: string; items: { totalCount: number } } }> } }).briefings.edges;
      expect(edges.map((e) => [e.node.date, e.node.items.totalCount])).toEqual([["2026-04-02", 3], ["2026-03-25", 31]]);
    });

    it("counts an organization's items without reading them when only totalCount is asked for", async () => {
      const response = await server.gql(`{ organization(name: "OpenAI") { items(first: 5) { totalCount } } }`);
      const full = await server.gql(`{ organization(name: "OpenAI") { items(first: 100) { totalCount edges { node { id } } } } }`);
      type Answer = { organization: { items: { totalCount: number; edges?: unknown[] } } };
      expect((response.data as Answer).organization.items.totalCount).toBe((full.data as Answer).organization.items.edges?.length);
      expect((response.data as Answer).organization.items.totalCount).toBeGreaterThan(1);
    });
  });
}

describe("a briefing and its items", () => {
  it("are read at the same time: the items are asked for before the briefing is answered", async () => {
    const memory = new MemoryStore();
    let itemsAsked: () => void = () => {};
    const asked = new Promise<void>((resolve) => (itemsAsked = resolve));
    // briefingByDate answers only once the items have been asked for; in turn, it would time out.
    const store = new Proxy(memory, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (property === "itemPagesWithLinks") return (...args: unknown[]) => (itemsAsked(), value.apply(target, args));
        if (property === "briefingByDate") return async (date: string) => (await asked, target.briefingByDate(date));
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const server = await startTestServer(store, SEEDS);
    try {
      const response = await server.gql(operation("02-briefing-items"), { date: "2026-03-25" });
      expect(response.errors).toBeUndefined();
      const briefing = (response.data as { briefing: { items: { totalCount: number; edges: unknown[] } } }).briefing;
      expect(briefing.items.totalCount).toBe(31);
      expect(briefing.items.edges).toHaveLength(31);
    } finally {
      await server.close();
    }
  });
});

costSuite("MemoryStore", async () => new MemoryStore());
describeNeo4j("query cost on Neo4j", () => costSuite("Neo4jStore", emptyNeo4jStore));

describe("query limits", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(new MemoryStore(), SEEDS);
  });
  afterAll(async () => server.close());

  it("refuses an operation nested deeper than the limit with QUERY_TOO_COMPLEX, before running it", async () => {
    const deep = "{ items(first: 1) { edges { node { organizations { items(first: 1) { edges { node { organizations { items(first: 1) { edges { node { organizations { name } } } } } } } } } } } } }";
    const response = await server.gql(deep);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(response.errors?.[0]?.message).toMatch(/levels deep; the limit is 12/);
  });

  it("refuses an operation whose page sizes multiply past the cost limit", async () => {
    const response = await server.gql(FOUR_LEVELS, { n: 100 });
    expect(response.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(response.errors?.[0]?.message).toMatch(/first\/limit/);
    expect(response.data).toBeUndefined();
  });

  it("counts fragments and uses the schema's default page sizes", async () => {
    const response = await server.gql(
      "query { briefings { edges { node { ...B } } } } fragment B on Briefing { items { edges { node { title organizations { name } } } } }",
    );
    expect(response.errors).toBeUndefined();
  });
});

describe("query limits and introspection", () => {
  it("let the standard introspection query of GraphQL explorers through", async () => {
    const { getIntrospectionQuery } = await import("graphql");
    const server = await startTestServer(new MemoryStore());
    try {
      const response = await server.gql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
      expect(response.errors).toBeUndefined();
      expect((response.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(20);
    } finally {
      await server.close();
    }
  });
});
