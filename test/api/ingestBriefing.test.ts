import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MemoryStore } from "../../src/store/memory/MemoryStore.js";
import { SECOND_BRIEFING, seedText } from "../support/briefings.js";
import { operation, startTestServer, TEST_API_KEY, type TestServer } from "../support/server.js";

const AUTH = { authorization: `Bearer ${TEST_API_KEY}` };
const FIXTURES = new URL("../fixtures/briefings/", import.meta.url);
const INGEST = operation("07-ingest");
const SNAPSHOT = `{ briefings(first: 100) { totalCount edges { node { id date items(first: 100) { totalCount edges { node { id title summary organizations { id } themes { slug } sources { url } } } } } } } }`;

describe("ingestBriefing through the API on the embedded store", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("refuses every malformed fixture that is not a briefing with its line, and leaves the store exactly as it was", async () => {
    server = await startTestServer(new MemoryStore(), { "briefing-2026-03-25.txt": seedText() });
    const before = await server.gql(SNAPSHOT);
    const refusals = ["empty.txt", "no-date-title.txt", "impossible-date.txt", "summary-without-title.txt", "truncated-numbered.txt", "no-items.txt"];
    for (const name of refusals) {
      const text = readFileSync(new URL(name, FIXTURES), "utf8");
      const response = await server.gql(INGEST, { text }, AUTH);
      expect(response.errors?.[0]?.extensions?.code, name).toBe("BAD_USER_INPUT");
      expect(response.errors?.[0]?.extensions?.line, name).toEqual(expect.any(Number));
      expect(response.errors?.[0]?.message, name).toMatch(/^api:\d+: /);
    }
    const huge = `AI SAFETY AND GOVERNANCE - 2026-05-01\n${"x".repeat(30_000)}\n`;
    const hugeResponse = await server.gql(INGEST, { text: huge }, AUTH);
    expect(hugeResponse.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", line: 2 });
    const nul = await server.gql(INGEST, { text: "AI SAFETY AND GOVERNANCE - 2026-05-01\n\u0000\u0001" }, AUTH);
    expect(nul.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await server.gql(SNAPSHOT)).toEqual(before);
    expect(readdirSync(server.seedsDir)).toEqual(["briefing-2026-03-25.txt"]);
  });

  it("accepts small defects with warnings that carry line numbers", async () => {
    server = await startTestServer(new MemoryStore());
    const text = readFileSync(new URL("missing-details.txt", FIXTURES), "utf8");
    const response = await server.gql(INGEST, { text }, AUTH);
    expect(response.errors).toBeUndefined();
    const warnings = (response.data as { ingestBriefing: { warnings: Array<{ line: number; message: string }> } }).ingestBriefing.warnings;
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((w) => w.line >= 1 && w.message.length > 0)).toBe(true);
  });

  it("saves an ingested briefing into the seeds directory, so that a restarted server has it", async () => {
    server = await startTestServer(new MemoryStore(), { "briefing-2026-03-25.txt": seedText() });
    const ingest = await server.gql(INGEST, { text: SECOND_BRIEFING }, AUTH);
    expect(ingest.errors).toBeUndefined();
    const saved = readdirSync(server.seedsDir).sort();
    expect(saved).toEqual(["briefing-2026-03-25.txt", "briefing-2026-04-02.txt"]);
    expect(readFileSync(join(server.seedsDir, "briefing-2026-04-02.txt"), "utf8")).toBe(SECOND_BRIEFING);
    const before = await server.gql(SNAPSHOT);

    const files = Object.fromEntries(saved.map((f) => [f, readFileSync(join(server!.seedsDir, f), "utf8")]));
    await server.close();
    server = await startTestServer(new MemoryStore(), files);
    expect(await server.gql(SNAPSHOT)).toEqual(before);
  });

  it("replaces the saved file of a day when a revised briefing of that day is ingested", async () => {
    server = await startTestServer(new MemoryStore(), { "2026-04-02.txt": SECOND_BRIEFING });
    const revised = SECOND_BRIEFING.replace("easing a bottleneck", "easing the main bottleneck");
    const response = await server.gql(INGEST, { text: revised }, AUTH);
    expect(response.data).toMatchObject({ ingestBriefing: { itemsCreated: 0, itemsUpdated: 1 } });
    expect(readdirSync(server.seedsDir)).toEqual(["2026-04-02.txt"]);
    expect(readFileSync(join(server.seedsDir, "2026-04-02.txt"), "utf8")).toBe(revised);
  });

  it("refuses mutations with UNAUTHENTICATED when no API key is configured", async () => {
    server = await startTestServer(new MemoryStore(), {}, []);
    const response = await server.gql(INGEST, { text: SECOND_BRIEFING }, AUTH);
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(response.errors?.[0]?.message).toMatch(/GOVGRAPH_API_KEYS/);
    expect(readdirSync(server.seedsDir)).toEqual([]);
  });
});
