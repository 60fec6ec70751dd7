import { describe, expect, it } from "vitest";
import { findConnection } from "../../src/api/graph/findConnection.js";
import { fromGlobalId } from "../../src/domain/ids.js";
import type { GraphStore } from "../../src/store/GraphStore.js";
import { MemoryStore } from "../../src/store/memory/MemoryStore.js";
import { graphOf, seedText, testExtractor } from "../support/briefings.js";

type LinksCall = { nodeIds: readonly string[]; among?: readonly string[] };

/** A store that records its `links` and `linksBetween` calls (in order), and the ids asked of `nodes`. */
function recordingLinks(store: GraphStore): { store: GraphStore; calls: LinksCall[]; nodeCalls: Array<readonly string[]> } {
  const calls: LinksCall[] = [];
  const nodeCalls: Array<readonly string[]> = [];
  const recorded: Partial<GraphStore> = {
    links: (nodeIds, among) => {
      calls.push(among === undefined ? { nodeIds } : { nodeIds, among });
      return store.links(nodeIds, among);
    },
    linksBetween: (nodeIds, among) => {
      calls.push({ nodeIds, among });
      return store.linksBetween(nodeIds, among);
    },
    nodes: (ids) => {
      nodeCalls.push(ids);
      return store.nodes(ids);
    },
  };
  const proxy = new Proxy(store, { get: (target, key) => (key in recorded ? recorded[key as keyof GraphStore] : Reflect.get(target, key)) });
  return { store: proxy, calls, nodeCalls };
}

describe("findConnection's store calls", () => {
  it("reads only links that can exist: never the links between two sets of the same kind (items, or entities)", async () => {
    const memory = new MemoryStore();
    await memory.init(testExtractor().taxonomyNodes());
    await memory.ingest(graphOf(seedText(), "seed.txt"));
    const { store, calls, nodeCalls } = recordingLinks(memory);
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
    expect(calls.some((call) => call.among !== undefined)).toBe(true);
    // The ends were resolved by name, and the nodes on either side of the meeting came with the links that found
    // them: one call for the records of the others.
    const ids = path!.nodes.map((node) => node.id);
    expect(nodeCalls).toHaveLength(1);
    expect(nodeCalls[0]!.every((id) => ids.slice(1, -1).includes(id))).toBe(true);
    expect(nodeCalls[0]!.length).toBeLessThan(ids.length - 2);
  });

  it("reads no node records for a chain of two links: its ends and its middle item are known by then", async () => {
    const memory = new MemoryStore();
    await memory.init(testExtractor().taxonomyNodes());
    await memory.ingest(graphOf(seedText(), "seed.txt"));
    const arm = (await memory.organizationByName("Arm"))!;
    const [item] = (await memory.items({ organizationId: arm.id }, { offset: 0, limit: 1 })).rows;
    const [linked] = await memory.organizationsOfItems([item!.id]);
    const partner = linked!.map((l) => l.organization).find((o) => o.id !== arm.id)!;
    const { store, nodeCalls } = recordingLinks(memory);
    const path = await findConnection(store, { from: "Arm", to: partner.name, maxHops: 6 });
    expect(path?.length).toBe(2);
    expect(path?.nodes.map((node) => node.id)).toEqual([arm.id, expect.stringMatching(/.+/), partner.id]);
    expect(nodeCalls).toEqual([]);
  });
});
