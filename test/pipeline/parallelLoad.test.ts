import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type Govgraph } from "../../src/app/startServer.js";
import { MemoryStore } from "../../src/store/memory/MemoryStore.js";
import { generateBriefings } from "../../bench/corpus/generateBriefings.js";
import { serveCorpus, type ServedCorpus } from "../../bench/embedded/servedCorpus.js";
import { operation } from "../support/server.js";

// Enough files for `govgraph serve` (the built command) to extract them on worker threads.
const briefings = [...generateBriefings({ days: 60, seed: 5 })];
const BAD = { fileName: "briefing-zz-broken.txt", text: new Uint8Array([0xff, 0xfe, 0x00, 0x41, 0x00, 0x42]) };

async function ask(url: string, query: string, variables: Record<string, unknown> = {}): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "cache-control": "no-cache" },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

describe("loading many briefings on worker threads", () => {
  let parallel: ServedCorpus;
  let serial: Govgraph;

  beforeAll(async () => {
    parallel = await serveCorpus([...briefings, BAD]);
    // From the TypeScript sources no worker exists: the same seeds load one file after another.
    serial = await startServer({ store: new MemoryStore(), seedsDir: parallel.seedsDir, host: "127.0.0.1", port: 0, apiKeys: [] });
  }, 120_000);
  afterAll(async () => {
    await serial?.close();
    await parallel?.close();
  });

  it("gives the same graph as loading one file after another, and skips a bad file with its reason", async () => {
    expect(serial.loaded.reports).toHaveLength(60);
    const health = (await (await fetch(`${parallel.url}/health`)).json()) as { counts: Record<string, number> };
    expect(health.counts).toEqual(await serial.store.counts());
    expect(parallel.log()).toMatch(/loading 61 briefings, extracted on \d+ threads/);
    expect(parallel.log()).toMatch(/skipped \S*briefing-zz-broken\.txt:1: /);
    expect(serial.loaded.failures.map((f) => f.message)).toEqual([expect.stringMatching(/briefing-zz-broken\.txt:1: /)]);
    const lastDate = briefings.at(-1)?.date as string;
    for (const [name, variables] of [
      ["01-briefings", {}],
      ["02-briefing-items", { date: lastDate }],
      ["03-organization", { name: "OpenAI" }],
      ["12-rankings", { from: briefings[0]?.date, to: lastDate }],
    ] as const) {
      const answer = await ask(parallel.url, operation(name), variables);
      expect(answer, name).toEqual(await ask(serial.url, operation(name), variables));
      expect(JSON.stringify(answer)).not.toMatch(/"errors"/);
    }
  });
});
