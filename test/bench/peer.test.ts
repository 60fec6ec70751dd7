import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { benchOperations } from "../../bench/operations.js";
import { peerOperations, type PeerOperation } from "../../bench/peer/peerOperations.js";
import { startPeerServer } from "../../bench/peer/peerServer.js";
import { loadConfig } from "../../src/config.js";
import { SECOND_BRIEFING, seedText } from "../support/briefings.js";
import { describeNeo4j, emptyNeo4jStore } from "../support/neo4j.js";
import { startTestServer, type GraphQLResponse, type TestServer } from "../support/server.js";

// Loose views of the answers: each test reads the few fields it compares.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Data = any;

/** Every peer operation the benchmark times, at least these. */
const EXPECTED = [
  "01-briefings",
  "02-briefing-items",
  "03-organization",
  "04-theme",
  "05-filter-items",
  "06-node-and-publishers",
  "08-connection",
  "10-search",
  "11-trends",
  "12-rankings",
];

/** The two dates of the loaded briefings: the seed's, and SECOND_BRIEFING's (the benchmark's `lastDate`). */
const DATES = ["2026-03-25", "2026-04-02"] as const;

describeNeo4j("the benchmark's @neo4j/graphql peer", () => {
  let ours: TestServer;
  let driver: Driver;
  let peer: { url: string; close(): Promise<void> };
  let organizationId: string;

  const ask = async (query: string, variables: Record<string, unknown>): Promise<Data> => {
    const response = await ours.gql(query, variables);
    expect(response.status).toBe(200);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data;
  };
  const askPeer = async (query: string, variables: Record<string, unknown>): Promise<Data> => {
    const response = await fetch(peer.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse, "status">;
    expect(response.status, JSON.stringify(body.errors)).toBe(200);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(body.data).toBeTruthy();
    return body.data;
  };
  const ids = () => ({ organizationId });
  const peerOp = (lastDate: string, name: string): PeerOperation => {
    const op = peerOperations(lastDate, ids()).find((o) => o.name === name);
    if (op === undefined) throw new Error(`no peer operation ${name}`);
    return op;
  };
  /** Our acceptance operation `name` with the benchmark's variables, and the peer's equivalent, both answered. */
  const both = async (name: string, lastDate: string = DATES[1]): Promise<{ mine: Data; theirs: Data }> => {
    const mineOp = benchOperations(lastDate, ids()).find((o) => o.name === name);
    if (mineOp === undefined) throw new Error(`no bench operation ${name}`);
    const theirsOp = peerOp(lastDate, name);
    const [mine, theirs] = await Promise.all([ask(mineOp.query, mineOp.variables), askPeer(theirsOp.query, theirsOp.variables)]);
    return { mine, theirs };
  };

  beforeAll(async () => {
    ours = await startTestServer(await emptyNeo4jStore(), {
      "briefing-2026-03-25.txt": seedText(),
      "briefing-2026-04-02.txt": SECOND_BRIEFING,
    });
    const { uri, user, password, database } = loadConfig().neo4j;
    driver = neo4j.driver(uri as string, user ? neo4j.auth.basic(user, password ?? "") : undefined);
    peer = await startPeerServer(driver, database);
    organizationId = (await ask(`{ organization(name: "OpenAI") { id } }`, {})).organization.id;
  });
  afterAll(async () => {
    await peer?.close();
    await driver?.close();
    await ours?.close();
  });

  it("has an operation for every benchmarked read it can express, named as ours", () => {
    const names = peerOperations(DATES[1], { organizationId: "x" }).map((o) => o.name);
    expect(names).toEqual(EXPECTED);
    const ourNames = new Set(benchOperations(DATES[1], { organizationId: "x" }).map((o) => o.name));
    for (const name of names) expect(ourNames.has(name), name).toBe(true);
  });

  describe.each(DATES)("with lastDate %s", (lastDate) => {
    it.each(EXPECTED)("answers %s without errors", async (name) => {
      const op = peerOp(lastDate, name);
      const data = await askPeer(op.query, op.variables);
      expect(Object.keys(data).length).toBeGreaterThan(0);
    });

    it("02-briefing-items: the same items in the same order, with the same links", async () => {
      const { mine, theirs } = await both("02-briefing-items", lastDate);
      const briefing = mine.briefing;
      const [peerBriefing] = theirs.briefings;
      expect(peerBriefing).toMatchObject({ id: briefing.id, date: lastDate, title: briefing.title });
      expect(peerBriefing.itemsConnection.totalCount).toBe(briefing.items.totalCount);
      const view = (item: Data, organizations: Data[], sources: Data[]) => ({
        id: item.id,
        title: item.title,
        summary: item.summary,
        details: item.details,
        section: item.section,
        priority: item.priority,
        organizations: organizations.map((o: Data) => `${o.id} ${o.name} ${o.aliases.join("|")}`).sort(),
        themes: item.themes.map((t: Data) => `${t.slug} ${t.name}`),
        sources: sources.map((s: Data) => `${s.url} ${s.publisher.domain} ${s.publisher.name}`),
      });
      const mineItems = briefing.items.edges.map(({ node }: Data) => view(node, node.organizations, node.sources));
      const peerItems = peerBriefing.itemsConnection.edges.map(({ node }: Data) =>
        view(node, node.organizations, node.sourcesConnection.edges.map((e: Data) => e.node)),
      );
      expect(peerItems.length).toBeGreaterThan(0);
      expect(peerItems).toEqual(mineItems);
    });
  });

  it("01-briefings: the same briefings newest first, with the same item counts", async () => {
    const { mine, theirs } = await both("01-briefings");
    const view = (connection: Data, count: (node: Data) => number) => ({
      totalCount: connection.totalCount,
      hasNextPage: connection.pageInfo.hasNextPage,
      briefings: connection.edges.map(({ node }: Data) => `${node.id} ${node.date} ${node.title} ${count(node)}`),
    });
    expect(view(theirs.briefingsConnection, (n) => n.itemsConnection.totalCount)).toEqual(
      view(mine.briefings, (n) => n.items.totalCount),
    );
    expect(mine.briefings.edges.map((e: Data) => e.node.date)).toEqual(["2026-04-02", "2026-03-25"]);
  });

  it("03-organization: the same organization, items, themes and connected organizations", async () => {
    const { mine, theirs } = await both("03-organization");
    const organization = mine.organization;
    const [peerOrganization] = theirs.organizations;
    expect(organization.name).toBe("Department of Defense");
    expect(peerOrganization).toMatchObject({ id: organization.id, name: organization.name, aliases: organization.aliases });
    expect(peerOrganization.itemsConnection.totalCount).toBe(organization.items.totalCount);
    const items = (edges: Data[]) => edges.map(({ node }: Data) => `${node.briefing.date} ${node.title}`);
    expect(items(peerOrganization.itemsConnection.edges)).toEqual(items(organization.items.edges));
    expect(peerOrganization.themeCounts.map((t: Data) => `${t.theme.slug} ${t.itemCount}`)).toEqual(
      organization.themes.map((t: Data) => `${t.theme.slug} ${t.itemCount}`),
    );
    const connected = (rows: Data[]) => rows.map((c: Data) => `${c.organization.name} ${c.sharedItemCount}`);
    expect(connected(peerOrganization.connectedOrganizations)).toEqual(connected(organization.connectedOrganizations));
  });

  it("04-theme: the same theme counts, theme items and theme organizations", async () => {
    const { mine, theirs } = await both("04-theme");
    const counts = (themes: Data[]) => themes.map((t: Data) => `${t.slug} ${t.name} ${t.itemCount}`);
    expect(counts(theirs.themes)).toEqual(counts(mine.themes));
    const [theme] = theirs.theme;
    expect(theme).toMatchObject({ id: mine.theme.id, slug: "agents", name: mine.theme.name, description: mine.theme.description });
    expect(theme.itemsConnection.totalCount).toBe(mine.theme.items.totalCount);
    const titles = (edges: Data[]) => edges.map(({ node }: Data) => node.title);
    expect(titles(theme.itemsConnection.edges)).toEqual(titles(mine.theme.items.edges));
    const organizations = (rows: Data[]) => rows.map((r: Data) => `${r.organization.name} ${r.itemCount}`);
    expect(organizations(theme.topOrganizations)).toEqual(organizations(mine.theme.organizations));
  });

  it("05-filter-items: the same items of OpenAI in the range, page after page", async () => {
    for (const lastDate of DATES) {
      const mineOp = benchOperations(lastDate, ids()).find((o) => o.name === "05-filter-items");
      const theirsOp = peerOp(lastDate, "05-filter-items");
      const walk = async (
        run: (after: string | null) => Promise<Data>,
      ): Promise<{ totalCount: number; items: string[] }> => {
        const items: string[] = [];
        let after: string | null = null;
        let totalCount = -1;
        for (let page = 0; page < 20; page += 1) {
          const connection = await run(after);
          totalCount = connection.totalCount;
          for (const { node } of connection.edges) {
            items.push(`${node.id} ${node.briefing.date} ${node.title} ${node.organizations.map((o: Data) => o.name).sort().join("|")}`);
          }
          if (!connection.pageInfo.hasNextPage) break;
          after = connection.pageInfo.endCursor;
        }
        return { totalCount, items };
      };
      const mine = await walk(async (after) => (await ask(mineOp!.query, { ...mineOp!.variables, after })).items);
      const theirs = await walk(async (after) => (await askPeer(theirsOp.query, { ...theirsOp.variables, after })).itemsConnection);
      expect(mine.items.length, lastDate).toBe(mine.totalCount);
      expect(mine.totalCount, lastDate).toBeGreaterThan(0);
      expect(theirs, lastDate).toEqual(mine);
    }
  });

  it("06-node-and-publishers: the same node and the same publishers with their item counts", async () => {
    const { mine, theirs } = await both("06-node-and-publishers");
    expect(mine.node).toMatchObject({ id: organizationId, __typename: "Organization", name: "OpenAI" });
    expect(theirs.organizations).toEqual([{ id: organizationId, __typename: "Organization", name: "OpenAI" }]);
    expect(theirs.items).toEqual([]);
    expect(theirs.briefings).toEqual([]);
    expect(theirs.publishersConnection.totalCount).toBe(mine.publishers.totalCount);
    const publishers = (connection: Data) => connection.edges.map(({ node }: Data) => `${node.domain} ${node.name} ${node.itemCount}`);
    expect(publishers(theirs.publishersConnection)).toEqual(publishers(mine.publishers));
  });

  it("08-connection: a chain as short as ours between the same organizations", async () => {
    const { mine, theirs } = await both("08-connection");
    const path = theirs.organizationConnection;
    expect(mine.connection).not.toBeNull();
    expect(path.length).toBe(mine.connection.length);
    expect(path.nodes).toHaveLength(path.length + 1);
    expect(path.edges).toHaveLength(path.length);
    expect(path.nodes[0]).toMatchObject({ type: "Organization", name: mine.connection.nodes[0].name });
    expect(path.nodes.at(-1)).toMatchObject({ type: "Organization", name: mine.connection.nodes.at(-1).name });
    // Every edge joins consecutive nodes.
    path.edges.forEach((edge: Data, index: number) => {
      expect([edge.source, edge.target].sort()).toEqual([path.nodes[index].id, path.nodes[index + 1].id].sort());
    });
  });

  it("10-search: the best item, organization and theme hits are among ours", async () => {
    const { mine, theirs } = await both("10-search");
    const ourIds = new Set(mine.search.map((h: Data) => h.node.id));
    const firstItem = mine.search.find((h: Data) => h.node.__typename === "Item");
    expect(firstItem).toBeDefined();
    expect(theirs.searchItems.edges[0].node.id).toBe(firstItem.node.id);
    const firstTheme = mine.search.find((h: Data) => h.node.__typename === "Theme");
    if (firstTheme !== undefined) expect(theirs.searchThemes.edges[0].node.id).toBe(firstTheme.node.id);
    for (const connection of [theirs.searchItems, theirs.searchOrganizations, theirs.searchThemes]) {
      expect(connection.edges.length).toBeLessThanOrEqual(10);
      const best = connection.edges[0];
      if (best !== undefined && mine.search.length === 10) expect(ourIds.has(best.node.id), best.node.id).toBe(true);
    }
  });

  it("11-trends: the same trend buckets and the same organization x theme matrix", async () => {
    for (const lastDate of DATES) {
      const { mine, theirs } = await both("11-trends", lastDate);
      const [theme] = theirs.themes;
      expect(theme.trend, lastDate).toEqual(mine.theme.trend);
      expect(theme.trend.some((p: Data) => p.count > 0), lastDate).toBe(true);
      const cells = (rows: Data[]) => rows.map((c: Data) => `${c.organization.name} ${c.theme.slug} ${c.itemCount}`);
      expect(cells(theirs.organizationThemeMatrix), lastDate).toEqual(cells(mine.organizationThemeMatrix));
    }
  });

  it("12-rankings: the same organizations ranked by items in the range, with first and last dates", async () => {
    for (const lastDate of DATES) {
      const { mine, theirs } = await both("12-rankings", lastDate);
      const rankings = mine.organizations.edges.map(({ node }: Data) => node);
      expect(rankings.length, lastDate).toBeGreaterThan(0);
      expect(theirs.organizationsByItemCount, lastDate).toEqual(rankings);
    }
  });
});
