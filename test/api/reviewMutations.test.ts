import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startServer } from "../../src/app/startServer.js";
import { MemoryStore } from "../../src/store/memory/MemoryStore.js";
import { seedText } from "../support/briefings.js";
import { startTestServer, TEST_API_KEY, type GraphQLResponse, type TestServer } from "../support/server.js";

const AUTH = { authorization: `Bearer ${TEST_API_KEY}` };
const ORGANIZATION = `query($name: String!) { organization(name: $name) { id name kind confidence reviewed aliases itemCount } }`;
const RESULT = "action decidedAt briefingsReingested itemsUpdated failures organization { id name kind reviewed confidence aliases }";
const PROMOTE = `mutation($id: ID!, $kind: String) { promoteOrganization(id: $id, kind: $kind) { ${RESULT} } }`;
const RENAME = `mutation($id: ID!, $name: String!) { renameOrganization(id: $id, name: $name) { ${RESULT} } }`;
const MERGE = `mutation($ids: [ID!]!, $into: ID!) { mergeOrganizations(ids: $ids, into: $into) { ${RESULT} } }`;
const REJECT = `mutation($id: ID!) { rejectOrganization(id: $id) { ${RESULT} } }`;

type Org = { id: string; name: string; kind: string; confidence: number; reviewed: boolean; aliases: string[] };

async function organization(server: TestServer, name: string): Promise<Org | null> {
  const response = await server.gql(ORGANIZATION, { name });
  expect(response.errors).toBeUndefined();
  return (response.data as { organization: Org | null }).organization;
}

function payload(response: GraphQLResponse, field: string): Record<string, unknown> {
  expect(response.errors).toBeUndefined();
  return (response.data as Record<string, Record<string, unknown>>)[field] as Record<string, unknown>;
}

describe("review mutations", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("promote, rename, merge and reject change the graph at once and are kept in the seeds directory", async () => {
    server = await startTestServer(new MemoryStore(), { "briefing-2026-03-25.txt": seedText() });
    const antimatter = (await organization(server, "Antimatter")) as Org;
    const siftd = (await organization(server, "SiftD.ai")) as Org;
    expect(antimatter).toMatchObject({ reviewed: false, kind: "company" });

    const promoted = payload(await server.gql(PROMOTE, { id: antimatter.id, kind: "ai-security" }, AUTH), "promoteOrganization");
    expect(promoted).toMatchObject({
      action: "PROMOTE",
      briefingsReingested: 1,
      failures: [],
      organization: { id: antimatter.id, name: "Antimatter", kind: "ai-security", reviewed: true, confidence: 1 },
    });
    expect(new Date(promoted["decidedAt"] as string).getTime()).toBeGreaterThan(Date.now() - 60_000);

    const renamed = payload(await server.gql(RENAME, { id: antimatter.id, name: "Antimatter Inc." }, AUTH), "renameOrganization");
    expect(renamed["organization"]).toMatchObject({ id: antimatter.id, name: "Antimatter Inc.", aliases: ["Antimatter"] });

    const databricks = (await organization(server, "Databricks")) as Org;
    const merged = payload(await server.gql(MERGE, { ids: [siftd.id], into: databricks.id }, AUTH), "mergeOrganizations");
    expect(merged).toMatchObject({ action: "MERGE", itemsUpdated: 1, organization: { id: databricks.id } });
    expect((merged["organization"] as Org).aliases).toContain("SiftD.ai");
    expect((await server.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: siftd.id })).data).toEqual({ node: null });

    const decisions = JSON.parse(readFileSync(join(server.seedsDir, "reviews.json"), "utf8")).decisions;
    expect(decisions.map((d: { action: string }) => d.action)).toEqual(["promote", "rename", "merge"]);

    // A restart on the same seeds directory (a new, empty store) shows the same graph.
    const restarted = await startServer({ store: new MemoryStore(), seedsDir: server.seedsDir, host: "127.0.0.1", port: 0, apiKeys: [] });
    try {
      const response = await fetch(`${restarted.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: ORGANIZATION, variables: { name: "SiftD.ai" } }),
      });
      const body = (await response.json()) as { data: { organization: Org } };
      expect(body.data.organization).toMatchObject({ id: databricks.id, name: "Databricks" });
    } finally {
      await restarted.close();
    }
  });

  it("reject removes a discovered name for good; refusals name the reason and change nothing", async () => {
    server = await startTestServer(new MemoryStore(), { "briefing-2026-03-25.txt": seedText() });
    const siftd = (await organization(server, "SiftD.ai")) as Org;
    const databricks = (await organization(server, "Databricks")) as Org;

    const anonymous = await server.gql(REJECT, { id: siftd.id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const badKind = await server.gql(PROMOTE, { id: siftd.id, kind: "startup" }, AUTH);
    expect(badKind.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(badKind.errors?.[0]?.message).toMatch(/^kind must be one of frontier-lab, /);
    const notAnOrganization = await server.gql(REJECT, { id: "bm90LWFuLWlk" }, AUTH);
    expect(notAnOrganization.errors?.[0]?.message).toBe('no organization has the id "bm90LWFuLWlk"');
    const reviewed = await server.gql(REJECT, { id: databricks.id }, AUTH);
    expect(reviewed.errors?.[0]?.message).toMatch(/is a reviewed organization; only discovered names can be rejected/);
    const itself = await server.gql(MERGE, { ids: [databricks.id], into: databricks.id }, AUTH);
    expect(itself.errors?.[0]?.message).toMatch(/name at least one organization other than "Databricks"/);
    expect(existsSync(join(server.seedsDir, "reviews.json"))).toBe(false);

    const rejected = payload(await server.gql(REJECT, { id: siftd.id }, AUTH), "rejectOrganization");
    expect(rejected).toMatchObject({ action: "REJECT", organization: null, itemsUpdated: 1 });
    expect(await organization(server, "SiftD.ai")).toBeNull();
  });
});
