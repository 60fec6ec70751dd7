import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "../../src/store/memory/MemoryStore.js";
import type { GraphStore } from "../../src/store/GraphStore.js";
import { seedText } from "../support/briefings.js";
import { describeNeo4j, emptyNeo4jStore } from "../support/neo4j.js";
import { startTestServer, type TestServer } from "../support/server.js";

const QUERY = `{ briefing(date: "2026-03-25") { items(first: 100) { edges { node { title summary details
  organizationLinks { organization { name } evidence { rule field text start end } }
  themeLinks { theme { slug } evidence { rule field text } }
  riskLinks { risk { code } evidence { rule field text } } } } } } }`;

interface Evidence { rule: string; field: "title" | "summary" | "details"; text: string; start: number; end: number }
interface ItemNode {
  title: string;
  summary: string | null;
  details: string | null;
  organizationLinks: Array<{ organization: { name: string }; evidence: Evidence[] }>;
  themeLinks: Array<{ theme: { slug: string }; evidence: Evidence[] }>;
}

function evidenceSuite(name: string, emptyStore: () => Promise<GraphStore>) {
  describe(`link evidence in the API on ${name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(await emptyStore(), { "b.txt": seedText() });
    });
    afterAll(async () => server?.close());

    it("gives every organization and theme link its rule and the words it matched, located in the item's text", async () => {
      const response = await server.gql(QUERY);
      expect(response.errors).toBeUndefined();
      const items = (response.data as { briefing: { items: { edges: Array<{ node: ItemNode }> } } }).briefing.items.edges.map((e) => e.node);
      let checked = 0;
      for (const item of items) {
        for (const link of item.organizationLinks) {
          expect(link.evidence.length).toBeGreaterThan(0);
          for (const e of link.evidence) {
            expect(item[e.field]?.slice(e.start, e.end)).toBe(e.text);
            checked += 1;
          }
        }
        for (const link of item.themeLinks) expect(link.evidence.every((e) => e.rule.startsWith("theme-"))).toBe(true);
      }
      expect(checked).toBeGreaterThan(30);
      const gemini = items.find((i) => i.title.includes("Gemini partners with Gap"))!;
      const google = gemini.organizationLinks.find((l) => l.organization.name === "Google")!;
      expect(google.evidence[0]).toMatchObject({ rule: "taxonomy-product", text: "Gemini", field: "title" });
    });

    it("keeps evidence when the same items are also shown, in the same request, by a page that asks for none", async () => {
      const both = `{ plain: items(first: 10) { edges { node { id organizations { name } themes { slug } } } }
        withEvidence: items(first: 10) { edges { node { id organizations { name } organizationLinks { organization { name } evidence { text } }
          themeLinks { theme { slug } evidence { text } } } } } }`;
      const response = await server.gql(both);
      expect(response.errors).toBeUndefined();
      type Row = { node: { id: string; organizations: Array<{ name: string }>; organizationLinks?: Array<{ organization: { name: string }; evidence: unknown[] }>; themeLinks?: Array<{ evidence: unknown[] }> } };
      const data = response.data as { plain: { edges: Row[] }; withEvidence: { edges: Row[] } };
      expect(data.withEvidence.edges.map((e) => e.node.id)).toEqual(data.plain.edges.map((e) => e.node.id));
      const links = data.withEvidence.edges.flatMap((e) => [...e.node.organizationLinks!, ...e.node.themeLinks!]);
      expect(links.length).toBeGreaterThan(10);
      expect(links.every((l) => l.evidence.length > 0)).toBe(true);
      for (const [index, edge] of data.withEvidence.edges.entries()) {
        expect(edge.node.organizationLinks!.map((l) => l.organization.name)).toEqual(data.plain.edges[index]!.node.organizations.map((o) => o.name));
      }
    });
  });
}

evidenceSuite("MemoryStore", async () => new MemoryStore());
describeNeo4j("link evidence on Neo4j", () => evidenceSuite("Neo4jStore", emptyNeo4jStore));
