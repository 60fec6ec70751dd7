import { describe, expect, it } from "vitest";
import { Extractor } from "../../src/extract/Extractor.js";
import { loadTaxonomy } from "../../src/extract/loadTaxonomy.js";
import { parseBriefing } from "../../src/ingest/parseBriefing.js";
import { MemoryStore } from "../../src/store/memory/MemoryStore.js";
import { generateBriefings } from "../../bench/corpus/generateBriefings.js";

const extractor = new Extractor(loadTaxonomy());
const graphs = [...generateBriefings({ days: 40, seed: 3 })].map(({ text, fileName }) => {
  const parsed = parseBriefing(text, { file: fileName });
  if (!parsed.ok) throw new Error(`${fileName} refused`);
  return extractor.extract(parsed.value).graph;
});
const QUERIES = ["supply chain compromise", "OpenAI", "agents", "export controls chips", "zzzz"];

async function loaded(): Promise<MemoryStore> {
  const store = new MemoryStore();
  await store.init(extractor.taxonomyNodes());
  for (const graph of graphs) await store.ingest(graph);
  return store;
}

const answers = (store: MemoryStore) => Promise.all(QUERIES.map((q) => store.search(q, 10)));
const settle = () => new Promise((done) => setTimeout(done, 300));

describe("warming the embedded store's search index", () => {
  it("answers searches exactly as a cold index does, whether warming is done, half done or overtaken by writes", async () => {
    const cold = await answers(await loaded());
    expect(cold.flat().length).toBeGreaterThan(10);

    const warmed = await loaded();
    warmed.warmUp();
    await settle();
    expect(await answers(warmed)).toEqual(cold);

    // A search while warming has only begun, and a rewrite of a briefing in the middle of it.
    const racing = await loaded();
    racing.warmUp();
    await racing.ingest(graphs[5] as (typeof graphs)[number]);
    expect(await answers(racing)).toEqual(cold);
    await settle();
    expect(await answers(racing)).toEqual(cold);
    await racing.close();
  });
});
