import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../src/domain/ids.js";
import { MemoryStore } from "../../src/store/memory/MemoryStore.js";
import { seedText } from "../support/briefings.js";
import { describeNeo4j } from "../support/neo4j.js";
import { useServersOnBothStores } from "../support/bothStores.js";
import { operation, startTestServer, type TestServer } from "../support/server.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field

const SEEDS = { "briefing-2026-03-25.txt": seedText() };
const OPENAI = toGlobalId("Organization", "openai");
const ENTITY_TYPES = ["Organization", "Theme", "Publisher"];
const LINK_TO: Record<string, string> = { Organization: "MENTIONS", Theme: "HAS_THEME", Publisher: "CITED_BY" };

/** Every item's links, read through the ordinary item fields: the evidence an edge must match. */
async function linksOfItems(server: TestServer): Promise<Set<string>> {
  const { data } = await server.gql(
    "{ items(first: 100) { edges { node { id organizations { id } themes { id } sources { publisher { id } } } } } }",
  );
  const links = new Set<string>();
  for (const { node } of (data as Json).items.edges as Json[]) {
    for (const o of node.organizations) links.add(`MENTIONS ${node.id} ${o.id}`);
    for (const t of node.themes) links.add(`HAS_THEME ${node.id} ${t.id}`);
    for (const s of node.sources) links.add(`CITED_BY ${node.id} ${s.publisher.id}`);
  }
  return links;
}

/** What the contract promises of every Path: edges between consecutive nodes, each from an item of the graph. */
function expectEvidencedPath(path: Json, links: Set<string>): void {
  expect(path.edges).toHaveLength(path.length);
  expect(path.nodes).toHaveLength(path.length + 1);
  path.edges.forEach((edge: Json, index: number) => {
    const ends = [path.nodes[index], path.nodes[index + 1]];
    const item = ends.find((n: Json) => n.__typename === "Item");
    const entity = ends.find((n: Json) => n.__typename !== "Item");
    expect(item, `edge ${index} has an item end`).toBeDefined();
    expect(ENTITY_TYPES).toContain(entity.__typename);
    expect(edge).toEqual({ type: LINK_TO[entity.__typename], source: item.id, target: entity.id });
    expect(links.has(`${edge.type} ${edge.source} ${edge.target}`), `edge ${index} is a link of the graph`).toBe(true);
  });
  // Themes and publishers are only ever ends of a chain.
  for (const node of path.nodes.slice(1, -1)) expect(["Item", "Organization"]).toContain(node.__typename);
}

/** What the contract promises of every GraphView. */
function expectDrawable(view: Json, limit: number): void {
  const ids = view.nodes.map((n: Json) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.length).toBeLessThanOrEqual(limit);
  const types = new Map<string, string>(view.nodes.map((n: Json) => [n.id, n.type]));
  expect(new Set(view.edges.map((e: Json) => e.id)).size).toBe(view.edges.length);
  for (const edge of view.edges) {
    expect(types.get(edge.source)).toBe("Item");
    expect(ENTITY_TYPES).toContain(types.get(edge.target));
    expect(edge.type).toBe(LINK_TO[types.get(edge.target)!]);
  }
  for (const node of view.nodes) {
    expect(["Item", ...ENTITY_TYPES]).toContain(node.type);
    expect(node.label.length).toBeGreaterThan(0);
    expect(node.label.length).toBeLessThanOrEqual(80);
  }
}

describe("08 connection and 09 neighborhood on MemoryStore with the seed briefing", () => {
  let server: TestServer;
  let links: Set<string>;
  const run = async (name: string, variables: Json) => server.gql(operation(name), variables);
  const data = async (name: string, variables: Json) => {
    const response = await run(name, variables);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data as Json;
  };

  beforeAll(async () => {
    server = await startTestServer(new MemoryStore(), SEEDS);
    links = await linksOfItems(server);
  });
  afterAll(async () => server?.close());

  it("08 finds the chain from Arm to Anthropic, every edge evidenced by an item of the graph", async () => {
    const { connection } = await data("08-connection", { from: "Arm", to: "Anthropic", maxHops: 6 });
    expect(connection.length).toBeGreaterThanOrEqual(4); // no item names both
    expect(connection.nodes.map((n: Json) => n.__typename)).toEqual(
      connection.nodes.map((_: Json, index: number) => (index % 2 === 0 ? "Organization" : "Item")),
    );
    expect(connection.nodes[0].name).toBe("Arm");
    expect(connection.nodes.at(-1).name).toBe("Anthropic");
    expectEvidencedPath(connection, links);
    // The same question twice gives the same chain: ties are broken by id, not by chance.
    expect((await data("08-connection", { from: "arm", to: "ANTHROPIC", maxHops: 6 })).connection).toEqual(connection);
  });

  it("08 answers null when no chain fits in maxHops, and refuses maxHops above 8 before running", async () => {
    const shortest = (await data("08-connection", { from: "Arm", to: "Anthropic", maxHops: 8 })).connection.length;
    expect((await data("08-connection", { from: "Arm", to: "Anthropic", maxHops: 1 })).connection).toBeNull();
    expect((await data("08-connection", { from: "Arm", to: "Anthropic", maxHops: shortest - 1 })).connection).toBeNull();
    expect((await data("08-connection", { from: "Arm", to: "Anthropic", maxHops: shortest })).connection.length).toBe(shortest);
    for (const maxHops of [9, 0, -1]) {
      const refused = await run("08-connection", { from: "Arm", to: "Anthropic", maxHops });
      expect(refused.data?.["connection"] ?? null).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code, String(maxHops)).toBe("BAD_USER_INPUT");
      expect(refused.errors?.[0]?.message).toMatch(/maxHops/);
    }
  });

  it("08 names the argument it cannot resolve", async () => {
    const from = await run("08-connection", { from: "No Such Organization", to: "Anthropic" });
    expect(from.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/^"from"/) });
    const to = await run("08-connection", { from: "Arm", to: "nowhere.example" });
    expect(to.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/^"to"/) });
    const briefing = await run("08-connection", { from: toGlobalId("Briefing", "2026-03-25"), to: "Arm" });
    expect(briefing.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("08 joins themes and publishers by slug or domain, and any entity by id", async () => {
    const byDomain = (await data("08-connection", { from: toGlobalId("Organization", "arm"), to: "www.Reuters.com" })).connection;
    expect(byDomain.length).toBe(2);
    expect(byDomain.nodes.map((n: Json) => n.__typename)).toEqual(["Organization", "Item", "Publisher"]);
    expectEvidencedPath(byDomain, links);

    const fromTheme = (await data("08-connection", { from: "supply-chain-security", to: "Meta", maxHops: 8 })).connection;
    expect(fromTheme.nodes[0]).toMatchObject({ __typename: "Theme", slug: "supply-chain-security" });
    expect(fromTheme.nodes.at(-1)).toMatchObject({ __typename: "Organization", name: "Meta" });
    expectEvidencedPath(fromTheme, links);

    const itself = (await data("08-connection", { from: "Pentagon", to: "DoD" })).connection;
    expect(itself).toMatchObject({ length: 0, edges: [] });
  });

  it("09 draws OpenAI's neighborhood: no node twice, every edge's ends among the nodes, within the limit", async () => {
    const { neighborhood } = await data("09-neighborhood", { id: OPENAI, depth: 2, limit: 200 });
    expect(neighborhood.truncated).toBe(false);
    expect(neighborhood.nodes[0]).toEqual({ id: OPENAI, type: "Organization", label: "OpenAI" });
    expectDrawable(neighborhood, 200);
    const types = new Set(neighborhood.nodes.map((n: Json) => n.type));
    expect(types).toEqual(new Set(["Organization", "Item", "Theme", "Publisher"]));
    for (const edge of neighborhood.edges) expect(links.has(`${edge.type} ${edge.source} ${edge.target}`)).toBe(true);
    // Depth 1: OpenAI and exactly its items.
    const near = (await data("09-neighborhood", { id: OPENAI, depth: 1, limit: 200 })).neighborhood;
    const { data: items } = await server.gql('{ items(first: 100, filter: { organization: "OpenAI" }) { totalCount } }');
    expect(near.nodes).toHaveLength(1 + (items as Json).items.totalCount);
    expect(near.edges).toHaveLength((items as Json).items.totalCount);
    expect(neighborhood.export).toMatch(/^<\?xml[^]*<graphml[^]*<\/graphml>\n$/);
  });

  it("09 keeps the nearest nodes under a small limit and says it was truncated", async () => {
    const { neighborhood } = await data("09-neighborhood", { id: OPENAI, depth: 2, limit: 5 });
    expect(neighborhood.truncated).toBe(true);
    expect(neighborhood.nodes).toHaveLength(5);
    expectDrawable(neighborhood, 5);
    expect(neighborhood.nodes.slice(1).every((n: Json) => n.type === "Item")).toBe(true);
    expect(neighborhood.edges).toHaveLength(4);
  });

  it("09 answers null for an unknown id and refuses depth or limit above the caps", async () => {
    expect((await data("09-neighborhood", { id: toGlobalId("Organization", "nobody") })).neighborhood).toBeNull();
    expect((await data("09-neighborhood", { id: "not an id" })).neighborhood).toBeNull();
    for (const variables of [{ depth: 4 }, { depth: 0 }, { limit: 2001 }, { limit: 0 }]) {
      const refused = await run("09-neighborhood", { id: OPENAI, ...variables });
      expect(refused.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe("BAD_USER_INPUT");
    }
  });
});

describeNeo4j("08 connection and 09 neighborhood on Neo4jStore", () => {
  const servers = useServersOnBothStores(SEEDS);

  it("gives exactly the memory store's answers", async () => {
    const cases: Array<[string, Json]> = [
      ["08-connection", { from: "Arm", to: "Anthropic", maxHops: 6 }],
      ["08-connection", { from: "Arm", to: "Anthropic", maxHops: 3 }],
      ["08-connection", { from: "supply-chain-security", to: "Meta", maxHops: 8 }],
      ["08-connection", { from: "OpenAI", to: "Anthropic", maxHops: 8 }],
      ["08-connection", { from: "reuters.com", to: "Pentagon", maxHops: 8 }],
      ["08-connection", { from: "Arm", to: "Anthropic", maxHops: 9 }],
      ["09-neighborhood", { id: OPENAI, depth: 2, limit: 200 }],
      ["09-neighborhood", { id: OPENAI, depth: 3, limit: 2000 }],
      ["09-neighborhood", { id: OPENAI, depth: 2, limit: 7 }],
      ["09-neighborhood", { id: toGlobalId("Theme", "agents"), depth: 2 }],
      ["09-neighborhood", { id: toGlobalId("Publisher", "reddit.com"), depth: 3, limit: 50 }],
    ];
    for (const [name, variables] of cases) {
      const [a, b] = await Promise.all([servers.memory.gql(operation(name), variables), servers.neo4j.gql(operation(name), variables)]);
      if (variables["maxHops"] !== 9) expect(a.errors, name).toBeUndefined();
      expect(b, `${name} ${JSON.stringify(variables)}`).toEqual(a);
    }
  });
});
