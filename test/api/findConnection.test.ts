import { describe, expect, it } from "vitest";
import { findConnection } from "../../src/api/graph/findConnection.js";
import { fromGlobalId } from "../../src/domain/ids.js";
import type { GraphStore } from "../../src/store/GraphStore.js";
import { MemoryStore } from "../../src/store/memory/MemoryStore.js";
import { graphOf, seedText, testExtractor } from "../support/briefings.js";

/** A store that records its `links` calls. */
function recordingLinks(store: GraphStore): { store: GraphStore; calls: Array<{ nodeIds: readonly string[]; among?: readonly string[] }> } {
  const calls: Array<{ nodeIds: readonly string[]; among?: readonly string[] }> = [];
  const links: GraphStore["links"] = (nodeIds, among) => {
    calls.push(among === undefined ? { nodeIds } : { nodeIds, among });
    return store.links(nodeIds, among);
  };
  return { store: new Proxy(store, { get: (target, key) => (key === "links" ? links : Reflect.get(target, key)) }), calls };
}

describe("findConnection's store calls", () => {
  it("reads only links that can exist: never the links between two sets of the same kind (items, or entities)", async () => {
    const memory = new MemoryStore();
    await memory.init(testExtractor().taxonomyNodes());
    await memory.ingest(graphOf(seedText(), "seed.txt"));
    const { store, calls } = recordingLinks(memory);
    const path = await findConnection(store, { from: "Arm", to: "Anthropic", maxHops: 6 });
    expect(path?.nodes.at(-1)).toMatchObject({ name: "Anthropic" });
    const isItem = (id: string) => fromGlobalId(id)?.type === "Item";
    // Two organizations: the first level cannot meet the other end, so it is read whole at once.
    expect(calls[0]).toEqual({ nodeIds: [expect.stringMatching(/.+/)] });
    for (const { nodeIds, among } of calls) {
      const kinds = new Set(nodeIds.map(isItem));
      expect(kinds.size).toBe(1);
      if (among !== undefined) expect(among.every((id) => isItem(id) !== isItem(nodeIds[0]!))).toBe(true);
    }
  });
});
