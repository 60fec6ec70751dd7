import { afterEach, describe, expect, it } from "vitest";
import { ResponseCache } from "../../src/api/ResponseCache.js";
import type { GraphStore } from "../../src/store/GraphStore.js";
import { MemoryStore } from "../../src/store/memory/MemoryStore.js";
import { SECOND_BRIEFING, seedText } from "../support/briefings.js";
import { operation, startTestServer, TEST_API_KEY, type TestServer } from "../support/server.js";

/** A MemoryStore that counts the calls made to it, to see whether a request reached the store. */
function countingStore(): { store: GraphStore; calls: () => number } {
  let calls = 0;
  const target = new MemoryStore();
  const store = new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        calls += 1;
        return (value as (...a: unknown[]) => unknown).apply(object, args);
      };
    },
  });
  return { store, calls: () => calls };
}

const INGEST = `mutation($text: String!) { ingestBriefing(text: $text) { itemsCreated itemsUnchanged } }`;
const BRIEFINGS = "{ briefings(first: 10) { totalCount } }";

describe("response cache of the embedded store", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("answers a repeated query without the store, until a write changes the graph", async () => {
    const { store, calls } = countingStore();
    server = await startTestServer(store, { "briefing-2026-03-25.txt": seedText() });
    const query = operation("02-briefing-items");
    const first = await server.gql(query, { date: "2026-03-25" });
    const afterFirst = calls();
    const second = await server.gql(query, { date: "2026-03-25" });
    expect(second).toEqual(first);
    expect(calls()).toBe(afterFirst);

    // A client may ask for a fresh answer.
    const fresh = await server.gql(query, { date: "2026-03-25" }, { "cache-control": "no-cache" });
    expect(fresh).toEqual(first);
    expect(calls()).toBeGreaterThan(afterFirst);

    // Other variables are another question.
    const beforeOther = calls();
    await server.gql(query, { date: "2026-04-02" });
    expect(calls()).toBeGreaterThan(beforeOther);

    expect((await server.gql(BRIEFINGS)).data).toEqual({ briefings: { totalCount: 1 } });
    const auth = { authorization: `Bearer ${TEST_API_KEY}` };
    expect((await server.gql(INGEST, { text: SECOND_BRIEFING }, auth)).errors).toBeUndefined();
    expect((await server.gql(BRIEFINGS)).data).toEqual({ briefings: { totalCount: 2 } });
    // Mutations are never answered from the cache: the same text again is ingested again (and changes nothing).
    const again = await server.gql(INGEST, { text: SECOND_BRIEFING }, auth);
    expect(again.data).toMatchObject({ ingestBriefing: { itemsCreated: 0 } });
  });

  it("does not keep answers with errors", async () => {
    const { store, calls } = countingStore();
    server = await startTestServer(store, { "briefing-2026-03-25.txt": seedText() });
    const query = `{ organization(name: "OpenAI") { name items(first: 500) { totalCount } } }`;
    const first = await server.gql(query);
    expect(first.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const before = calls();
    const second = await server.gql(query);
    expect(second).toEqual(first);
    expect(calls()).toBeGreaterThan(before);
  });
});

describe("ResponseCache", () => {
  const response = (body: string) => ({ status: 200, headers: [["content-type", "application/json"]] as Array<[string, string]>, body });

  it("forgets entries of an older revision and the least recently used past its size", () => {
    const cache = new ResponseCache();
    cache.set("a", 1, response("A"));
    expect(cache.get("a", 1)?.body).toBe("A");
    expect(cache.get("a", 2)).toBeUndefined();
    expect(cache.get("a", 1)).toBeUndefined();
    for (let i = 0; i < 1_001; i += 1) cache.set(`k${i}`, 1, response(String(i)));
    expect(cache.size).toBe(1_000);
    expect(cache.get("k0", 1)).toBeUndefined();
    expect(cache.get("k1000", 1)?.body).toBe("1000");
    cache.set("huge", 1, response("x".repeat(2 * 1024 * 1024)));
    expect(cache.get("huge", 1)).toBeUndefined();
  });
});
