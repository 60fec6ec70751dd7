import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/store/GraphStore.js";
import { operation, startTestServer, TEST_API_KEY, type TestServer } from "../support/server.js";
import { SECOND_BRIEFING, seedText } from "../support/briefings.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field

const AUTH = { authorization: `Bearer ${TEST_API_KEY}` };

/**
 * The acceptance operations 01 to 07 of the public contract, run as written through the real HTTP server over
 * `store`, with the seed briefing loaded. Each `it` checks what the operation's header comment promises.
 */
export function acceptanceSuite(name: string, emptyStore: () => Promise<GraphStore>): void {
  describe(`acceptance operations 01-07, 11 and 12 on ${name}`, () => {
    let server: TestServer;
    const data = async (op: string, variables: Json = {}, headers: Record<string, string> = {}) => {
      const response = await server.gql(operation(op), variables, headers);
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      return response.data as Json;
    };

    beforeAll(async () => {
      server = await startTestServer(await emptyStore(), { "briefing-2026-03-25.txt": seedText() });
    });
    afterAll(async () => server?.close());

    it("01 lists briefings newest first with their item counts", async () => {
      const { briefings } = await data("01-briefings");
      expect(briefings.totalCount).toBeGreaterThanOrEqual(1);
      const seed = briefings.edges.find((e: Json) => e.node.date === "2026-03-25");
      expect(seed.node.items.totalCount).toBe(31);
      expect(seed.node.title).toBe("AI SAFETY AND GOVERNANCE - 2026-03-25");
      expect(typeof seed.cursor).toBe("string");
      expect(briefings.pageInfo.hasNextPage).toBe(false);
    });

    it("02 gives the briefing's 31 items with sections, priorities, summaries, themes and sources", async () => {
      const { briefing } = await data("02-briefing-items", { date: "2026-03-25" });
      const items: Json[] = briefing.items.edges.map((e: Json) => e.node);
      expect(briefing.items.totalCount).toBe(31);
      expect(items).toHaveLength(31);
      const top = items.filter((i) => i.section === "TOP_PRIORITY");
      expect(top.map((i) => i.priority)).toEqual([1, 2, 3, 4]);
      expect(items.slice(0, 4)).toEqual(top);
      const additional = items.filter((i) => i.section === "ADDITIONAL");
      expect(additional).toHaveLength(27);
      expect(additional.every((i) => i.priority === null)).toBe(true);

      const litellm = items.find((i) => i.title.startsWith("LiteLLM PyPI supply-chain compromise"))!;
      expect(litellm.summary).toMatch(/^A reported compromise of LiteLLM/);
      expect(litellm.themes.map((t: Json) => t.slug)).toContain("supply-chain-security");
      expect(litellm.sources).toEqual([]);

      const arm = items.find((i) => i.title.startsWith("Arm launches"))!;
      expect(arm.sources).toHaveLength(4);
      const publishers = arm.sources.map((s: Json) => s.publisher.domain);
      expect(publishers).toEqual(expect.arrayContaining(["reuters.com", "theverge.com"]));
      const sourceCount = items.reduce((n, i) => n + i.sources.length, 0);
      expect(sourceCount).toBe(12);
      const domains = new Set(items.flatMap((i) => i.sources.map((s: Json) => s.publisher.domain)));
      expect(domains.size).toBe(8);
    });

    it("03 names the same organization by any alias, with items, themes and connected organizations", async () => {
      const answers = await Promise.all(["pentagon", "Department of Defense", "DoD"].map((n) => data("03-organization", { name: n })));
      const ids = answers.map((a) => a.organization.id);
      expect(new Set(ids).size).toBe(1);
      const org = answers[0]!.organization;
      expect(org.aliases.map((a: string) => a.toLowerCase())).toEqual(expect.arrayContaining(["pentagon", "dod"]));
      expect(org.items.totalCount).toBeGreaterThanOrEqual(2);
      expect(org.items.edges.every((e: Json) => e.node.briefing.date === "2026-03-25")).toBe(true);
      expect(org.connectedOrganizations.map((c: Json) => c.organization.name)).toContain("Anthropic");
      const shared = org.connectedOrganizations.map((c: Json) => c.sharedItemCount);
      expect([...shared].sort((a, b) => b - a)).toEqual(shared);
      expect(org.themes.length).toBeGreaterThan(0);
    });

    it("04 lists the themes users named, and a theme's items and organizations", async () => {
      const { themes, theme } = await data("04-theme", { slug: "agents" });
      expect(themes.map((t: Json) => t.slug)).toEqual(expect.arrayContaining(["supply-chain-security", "agents", "compute-infrastructure"]));
      expect(theme.slug).toBe("agents");
      expect(theme.description.length).toBeGreaterThan(10);
      expect(theme.items.totalCount).toBe(themes.find((t: Json) => t.slug === "agents").itemCount);
      expect(theme.items.totalCount).toBeGreaterThanOrEqual(3);
      expect(theme.organizations.map((o: Json) => o.organization.name)).toContain("Anthropic");
    });

    it("05 filters items by organization and dates, and paging visits each item once", async () => {
      const filter = { organization: "OpenAI", from: "2026-03-01", to: "2026-03-31" };
      const seen: string[] = [];
      let after: string | null = null;
      let totalCount = 0;
      for (let page = 0; page < 20; page += 1) {
        const { items }: Json = await data("05-filter-items", { filter, after });
        totalCount = items.totalCount;
        for (const edge of items.edges) {
          expect(edge.node.organizations.map((o: Json) => o.name)).toContain("OpenAI");
          expect(edge.node.briefing.date >= "2026-03-01" && edge.node.briefing.date <= "2026-03-31").toBe(true);
          seen.push(edge.node.id);
        }
        if (!items.pageInfo.hasNextPage) break;
        after = items.pageInfo.endCursor;
      }
      expect(totalCount).toBeGreaterThanOrEqual(4);
      expect(seen).toHaveLength(totalCount);
      expect(new Set(seen).size).toBe(totalCount);
    });

    it("06 returns the node behind any id, and each publisher once with its item count", async () => {
      const { briefing } = await data("02-briefing-items", { date: "2026-03-25" });
      const item = briefing.items.edges[2].node;
      const organization = item.organizations[0];
      for (const [id, check] of [
        [briefing.id, (n: Json) => expect(n).toEqual({ id: briefing.id, __typename: "Briefing", date: "2026-03-25" })],
        [item.id, (n: Json) => expect(n).toEqual({ id: item.id, __typename: "Item", title: item.title })],
        [organization.id, (n: Json) => expect(n).toEqual({ id: organization.id, __typename: "Organization", name: organization.name })],
      ] as const) {
        const { node, publishers } = await data("06-node-and-publishers", { id });
        check(node);
        const domains = publishers.edges.map((e: Json) => e.node.domain);
        expect(new Set(domains).size).toBe(domains.length);
        expect(publishers.totalCount).toBe(8);
        expect(publishers.edges.find((e: Json) => e.node.domain === "theverge.com").node.itemCount).toBe(2);
      }
      const { node } = await data("06-node-and-publishers", { id: "bm90LWFuLWlk" });
      expect(node).toBeNull();
    });

    it("11 counts a theme's items per week with empty weeks present, and the organization x theme matrix", async () => {
      const { theme, organizationThemeMatrix } = await data("11-trends", { slug: "agents", from: "2026-03-01", to: "2026-04-30", interval: "WEEK" });
      expect(theme.slug).toBe("agents");
      const starts = theme.trend.map((p: Json) => p.start);
      expect(starts[0]).toBe("2026-02-23");
      expect(starts.at(-1)).toBe("2026-04-27");
      expect(starts).toHaveLength(10);
      for (const [a, b] of starts.slice(1).map((s: string, i: number) => [starts[i], s])) {
        expect(Date.parse(b) - Date.parse(a)).toBe(7 * 86_400_000);
      }
      const week = theme.trend.find((p: Json) => p.start === "2026-03-23");
      const { theme: agents } = await data("04-theme", { slug: "agents" });
      expect(week.count).toBe(agents.items.totalCount);
      expect(theme.trend.filter((p: Json) => p.count === 0)).toHaveLength(9);
      expect(organizationThemeMatrix.length).toBeGreaterThan(5);
      const counts = organizationThemeMatrix.map((c: Json) => c.itemCount);
      expect([...counts].sort((a, b) => b - a)).toEqual(counts);
      const cell = organizationThemeMatrix.find((c: Json) => c.organization.name === "Anthropic" && c.theme.slug === "agents");
      expect(cell.itemCount).toBeGreaterThanOrEqual(2);
    });

    it("12 ranks organizations by items inside the range, with first and last dates seen", async () => {
      const { organizations } = await data("12-rankings", { from: "2026-03-01", to: "2026-03-31" });
      const nodes: Json[] = organizations.edges.map((e: Json) => e.node);
      expect(nodes).toHaveLength(10);
      expect(nodes[0]).toMatchObject({ name: "OpenAI", firstSeen: "2026-03-25", lastSeen: "2026-03-25" });
      const counts = nodes.map((n) => n.itemCount);
      expect([...counts].sort((a, b) => b - a)).toEqual(counts);
      const { organizations: none } = await data("12-rankings", { from: "2025-01-01", to: "2025-12-31" });
      expect(none.edges).toEqual([]);
    });

    it("07 refuses ingest without a valid key and writes nothing", async () => {
      const before = await data("01-briefings");
      for (const headers of [{}, { authorization: "Bearer wrong-key-123456" }] as Record<string, string>[]) {
        const response = await server.gql(operation("07-ingest"), { text: SECOND_BRIEFING }, headers);
        expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
        expect(response.data).toBeNull();
      }
      expect(await data("01-briefings")).toEqual(before);
    });

    it("07 refuses a text that is not a briefing with its line, and writes nothing", async () => {
      const before = await data("01-briefings");
      const response = await server.gql(operation("07-ingest"), { text: "Hello\nthis is not a briefing\n" }, AUTH);
      expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(response.errors?.[0]?.extensions?.line).toBe(1);
      expect(response.errors?.[0]?.message).toMatch(/line|title/i);
      expect(await data("01-briefings")).toEqual(before);
    });

    it("07 ingests a briefing with a key, and the same text twice changes nothing", async () => {
      const first = await data("07-ingest", { text: SECOND_BRIEFING }, AUTH);
      expect(first.ingestBriefing).toEqual({
        briefing: { date: "2026-04-02", items: { totalCount: 3 } },
        itemsCreated: 3,
        itemsUpdated: 0,
        warnings: [],
      });
      const after = await data("01-briefings");
      const again = await data("07-ingest", { text: SECOND_BRIEFING }, AUTH);
      expect(again.ingestBriefing).toMatchObject({ itemsCreated: 0, itemsUpdated: 0 });
      expect(await data("01-briefings")).toEqual(after);
      expect(after.briefings.edges.map((e: Json) => e.node.date).slice(0, 2)).toEqual(["2026-04-02", "2026-03-25"]);
    });
  });
}
