import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "../../src/store/memory/MemoryStore.js";
import { seedText } from "../support/briefings.js";
import { startTestServer, type TestServer } from "../support/server.js";

describe("API limits and errors", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(new MemoryStore(), { "briefing-2026-03-25.txt": seedText() });
  });
  afterAll(async () => server.close());

  it("refuses first above 100 with BAD_USER_INPUT", async () => {
    const response = await server.gql("{ briefings(first: 101) { totalCount } }");
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0]?.message).toMatch(/100/);
  });

  it("orders items oldest first when asked, and pages in that order", async () => {
    const query = `query($after: String) { items(filter: { section: ADDITIONAL }, orderBy: OLDEST_FIRST, first: 5, after: $after) {
      pageInfo { endCursor } edges { node { title } } } }`;
    const first = await server.gql(query);
    const second = await server.gql(query, { after: (first.data as { items: { pageInfo: { endCursor: string } } }).items.pageInfo.endCursor });
    const titles = [first, second].flatMap((r) => (r.data as { items: { edges: Array<{ node: { title: string } }> } }).items.edges.map((e) => e.node.title));
    expect(titles[0]).toMatch(/^US-Iran conflict/);
    expect(new Set(titles).size).toBe(10);
  });

  it("refuses a cursor it did not issue", async () => {
    const response = await server.gql('{ items(first: 2, after: "garbage") { totalCount } }');
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a date that is not a calendar day", async () => {
    const response = await server.gql("query($d: Date!) { briefing(date: $d) { id } }", { d: "2026-02-30" });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answers an unknown field with a validation error, not a server error", async () => {
    const response = await server.gql("{ nope }");
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("describes every type and field of the schema for explorers", async () => {
    const response = await server.gql(
      "{ __schema { types { name description kind fields { name description } inputFields { name description } } } }",
    );
    const types = (response.data as { __schema: { types: Array<{ name: string; description: string | null; fields: Array<{ name: string; description: string | null }> | null; inputFields: Array<{ name: string; description: string | null }> | null }> } }).__schema.types.filter((t) => !t.name.startsWith("__") && !["String", "Int", "Float", "Boolean", "ID"].includes(t.name));
    const missing = types.flatMap((t) => [
      ...(t.description ? [] : [t.name]),
      ...[...(t.fields ?? []), ...(t.inputFields ?? [])].filter((f) => !f.description).map((f) => `${t.name}.${f.name}`),
    ]);
    expect(missing).toEqual([]);
  });

  it("serves /health and a 404 with a hint elsewhere", async () => {
    const health = await fetch(`${server.app.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", store: "memory", counts: { briefings: 1, items: 31 } });
    const missing = await fetch(`${server.app.url}/nope`);
    expect(missing.status).toBe(404);
  });

  it("keeps opaque ids: the same briefing gives the same ids after a restart", async () => {
    const query = "{ briefing(date: \"2026-03-25\") { id items(first: 100) { edges { node { id organizations { id } } } } } }";
    const first = await server.gql(query);
    const other = await startTestServer(new MemoryStore(), { "b.txt": seedText() });
    try {
      expect((await other.gql(query)).data).toEqual(first.data);
    } finally {
      await other.close();
    }
  });
});
