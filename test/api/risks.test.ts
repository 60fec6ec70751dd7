import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "../../src/store/memory/MemoryStore.js";
import { SECOND_BRIEFING, seedText } from "../support/briefings.js";
import { describeNeo4j } from "../support/neo4j.js";
import { useServersOnBothStores } from "../support/bothStores.js";
import { startTestServer, type GraphQLResponse, type TestServer } from "../support/server.js";

const SEEDS = { "briefing-2026-03-25.txt": seedText(), "briefing-2026-04-02.txt": SECOND_BRIEFING };

const RISK = `query($code: String!) { risk(code: $code) { id code name description domain { code name } itemCount
  items(first: 50) { totalCount edges { node { title risks { code } } } }
  trend(from: "2026-03-20", to: "2026-04-05", interval: WEEK) { start count } } }`;
const RISKS = "{ risks { code name itemCount domain { code } } }";
const ITEM_RISKS = `{ items(first: 100, orderBy: OLDEST_FIRST) { edges { node { title risks { id code name } } } } }`;
const FILTER = `query($risk: String) { items(filter: { risk: $risk, section: TOP_PRIORITY }, first: 50) { totalCount edges { node { title } } } }`;
const MATRIX = "{ organizationRiskMatrix(first: 20) { organization { name } risk { code } itemCount } }";
const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on Risk { code name domain { name } } } }`;

const LITELLM = "LiteLLM PyPI supply-chain compromise (malicious .pth credential exfiltration)";

/** The same questions asked of any server; the answers must not depend on the store. */
async function answers(server: TestServer): Promise<GraphQLResponse[]> {
  const risk = await server.gql(RISK, { code: "2.2" });
  const id = (risk.data?.["risk"] as { id: string }).id;
  return [
    risk,
    await server.gql(RISK, { code: "6.5" }),
    await server.gql(RISK, { code: "9.9" }),
    await server.gql(RISKS),
    await server.gql(ITEM_RISKS),
    await server.gql(FILTER, { risk: "2.2" }),
    await server.gql(FILTER, { risk: "7.5" }),
    await server.gql(MATRIX),
    await server.gql(NODE, { id }),
  ];
}

describe("risks through the API (MemoryStore)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(new MemoryStore(), SEEDS);
  });
  afterAll(async () => server?.close());

  it("lists the 24 risk subdomains by code with their domains and item counts", async () => {
    const { data, errors } = await server.gql(RISKS);
    expect(errors).toBeUndefined();
    const risks = data?.["risks"] as Array<{ code: string; name: string; itemCount: number; domain: { code: string } }>;
    expect(risks).toHaveLength(24);
    expect(risks[0]).toMatchObject({ code: "1.1", domain: { code: "1" } });
    expect(risks.find((r) => r.code === "2.2")?.itemCount).toBeGreaterThan(0);
  });

  it("answers a risk by code with its domain, items and trend; null for an unknown code", async () => {
    const { data, errors } = await server.gql(RISK, { code: "2.2" });
    expect(errors).toBeUndefined();
    const risk = data?.["risk"] as {
      name: string;
      domain: { code: string; name: string };
      itemCount: number;
      items: { totalCount: number; edges: Array<{ node: { title: string; risks: Array<{ code: string }> } }> };
      trend: Array<{ count: number }>;
    };
    expect(risk.name).toBe("AI system security vulnerabilities and attacks");
    expect(risk.domain).toEqual({ code: "2", name: "Privacy & Security" });
    expect(risk.items.totalCount).toBe(risk.itemCount);
    expect(risk.items.edges.map((e) => e.node.title)).toContain(LITELLM);
    expect(risk.items.edges.every((e) => e.node.risks.some((r) => r.code === "2.2"))).toBe(true);
    expect(risk.trend.reduce((n, p) => n + p.count, 0)).toBe(risk.itemCount);
    expect((await server.gql(RISK, { code: "9.9" })).data?.["risk"]).toBeNull();
  });

  it("gives Item.risks, filters items by risk, fetches a risk by node id and fills the risk matrix", async () => {
    const [, , , , items, filtered, none, matrix, node] = await answers(server);
    const edges = (items?.data?.["items"] as { edges: Array<{ node: { title: string; risks: Array<{ code: string }> } }> }).edges;
    expect(edges.find((e) => e.node.title === LITELLM)?.node.risks.map((r) => r.code)).toContain("2.2");
    const titles = (filtered?.data?.["items"] as { edges: Array<{ node: { title: string } }> }).edges.map((e) => e.node.title);
    expect(titles).toContain(LITELLM);
    expect((none?.data?.["items"] as { totalCount: number }).totalCount).toBe(0);
    expect((matrix?.data?.["organizationRiskMatrix"] as unknown[]).length).toBeGreaterThan(0);
    expect(node?.data?.["node"]).toMatchObject({ __typename: "Risk", code: "2.2", domain: { name: "Privacy & Security" } });
  });

  it("batches Item.risks: one store call for the risks of every item of a page", async () => {
    const traced = await startTestServer(new MemoryStore(), SEEDS, undefined, true);
    try {
      const few = await traced.gql("{ items(first: 2) { edges { node { risks { code } } } } }");
      const many = await traced.gql("{ items(first: 30) { edges { node { risks { code } } } } }");
      const calls = (r: GraphQLResponse) => (r.extensions?.["trace"] as { storeCalls: number }).storeCalls;
      expect(calls(many)).toBe(calls(few));
    } finally {
      await traced.close();
    }
  });
});

describeNeo4j("risks through the API on MemoryStore and Neo4jStore", () => {
  const servers = useServersOnBothStores(SEEDS);

  it("gives identical answers to every risk question", async () => {
    const [a, b] = await Promise.all([answers(servers.memory), answers(servers.neo4j)]);
    for (const answer of a) expect(answer.errors).toBeUndefined();
    expect(b).toEqual(a);
  });
});
