import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { toGlobalId } from "../../src/domain/ids.js";
import { Extractor } from "../../src/extract/Extractor.js";
import { Ingestor } from "../../src/pipeline/Ingestor.js";
import { briefingFiles, loadBriefingFiles } from "../../src/pipeline/loadBriefingFiles.js";
import { reviewedTaxonomy } from "../../src/review/reviewedTaxonomy.js";
import type { GraphStore } from "../../src/store/GraphStore.js";
import { MemoryStore } from "../../src/store/memory/MemoryStore.js";
import { SEED_FILE } from "../support/briefings.js";
import { describeNeo4j, emptyNeo4jStore } from "../support/neo4j.js";

const GOLD = fileURLToPath(new URL("../fixtures/gold/briefing-2026-02-11.txt", import.meta.url));
const ACQUISITION = "Databricks acquires Antimatter and SiftD.ai (AI security)";

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** Ingests every briefing of the seeds directory, with the decisions its reviews.json holds now. */
async function ingestSeeds(store: GraphStore, seedsDir: string): Promise<void> {
  const extractor = new Extractor(reviewedTaxonomy(seedsDir));
  await store.init(extractor.taxonomyNodes());
  const ingestor = new Ingestor({ store, extractor });
  const { failures } = await loadBriefingFiles(briefingFiles(seedsDir), (bytes, file) => ingestor.ingest(bytes, file));
  expect(failures).toEqual([]);
}

async function organizationNamesOf(store: GraphStore, title: string): Promise<string[]> {
  const { rows } = await store.items({ text: title }, { offset: 0, limit: 5 });
  const item = rows.find((i) => i.title === title);
  expect(item, title).toBeDefined();
  const [linked] = await store.organizationsOfItems([item?.id as string]);
  return (linked ?? []).map((l) => l.organization.name).sort();
}

/**
 * The round trip of issue 5: the seed (and a second briefing) ingested, discovered organizations reviewed with
 * `govgraph review`, the same briefings ingested again: the graph keeps every decision, on either store.
 */
function roundTrip(openStore: () => Promise<GraphStore>): void {
  let seedsDir: string;
  let store: GraphStore;

  beforeEach(async () => {
    seedsDir = mkdtempSync(join(tmpdir(), "govgraph-review-"));
    copyFileSync(SEED_FILE, join(seedsDir, "briefing-2026-03-25.txt"));
    copyFileSync(GOLD, join(seedsDir, "briefing-2026-02-11.txt"));
    store = await openStore();
  });
  afterEach(async () => {
    await store.close();
    rmSync(seedsDir, { recursive: true, force: true });
  });

  it("promotes one discovered organization, merges two, renames and rejects, and a new ingest keeps it all", async () => {
    await ingestSeeds(store, seedsDir);
    const antimatterBefore = await store.organizationByName("Antimatter");
    expect(antimatterBefore).toMatchObject({ reviewed: false, kind: "company" });
    expect(antimatterBefore?.confidence).toBeLessThan(1);
    const siftd = await store.organizationByName("SiftD.ai");
    expect(siftd?.reviewed).toBe(false);
    expect(await store.organizationByName("Parsewell")).not.toBeNull();
    expect(await organizationNamesOf(store, ACQUISITION)).toEqual(["Antimatter", "Databricks", "SiftD.ai"]);

    const listed = await cli("review", "list", "--seeds", seedsDir);
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/Antimatter +1 +2026-03-25 +"Antimatter" \(discovered-acquires\)/);

    for (const argv of [
      ["promote", "Antimatter", "--kind", "ai-security"],
      ["merge", "SiftD.ai", "--into", "Databricks"],
      ["rename", "chai-research", "--to", "Chai Research Corp."],
      ["reject", "Parsewell"],
    ]) {
      const { code, err } = await cli("review", ...argv, "--seeds", seedsDir);
      expect(err).toBe("");
      expect(code).toBe(0);
    }
    const decisions = JSON.parse(readFileSync(join(seedsDir, "reviews.json"), "utf8")).decisions;
    expect(decisions.map((d: { action: string }) => d.action)).toEqual(["promote", "merge", "rename", "reject"]);

    await ingestSeeds(store, seedsDir);
    const antimatter = await store.organizationByName("Antimatter");
    expect(antimatter).toMatchObject({ id: antimatterBefore?.id, reviewed: true, confidence: 1, kind: "ai-security" });
    // SiftD.ai is now a name of Databricks; its own node is gone.
    expect((await store.organizationByName("SiftD.ai"))?.name).toBe("Databricks");
    expect(await store.nodes([siftd?.id as string])).toEqual([null]);
    expect(await organizationNamesOf(store, ACQUISITION)).toEqual(["Antimatter", "Databricks"]);
    const databricks = await store.organizationByName("Databricks");
    const [relations] = await store.relationsOfOrganizations([databricks?.id as string]);
    expect(relations?.map((r) => [r.type, r.direction, r.other.name])).toEqual([["ACQUIRED", "OUTGOING", "Antimatter"]]);
    const chai = await store.nodes([toGlobalId("Organization", "chai-research")]);
    expect(chai[0]?.value).toMatchObject({ name: "Chai Research Corp.", reviewed: true, aliases: ["Chai Research"] });
    expect(await store.organizationByName("Parsewell")).toBeNull();
  });

  it("refuses decisions that make no sense, with the reason, and records nothing", async () => {
    const unknown = await cli("review", "promote", "No Such Startup", "--seeds", seedsDir);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/no organization named "No Such Startup" in the taxonomy or among the \d+ discovered/);
    const reviewed = await cli("review", "reject", "Databricks", "--seeds", seedsDir);
    expect(reviewed.code).toBe(1);
    expect(reviewed.err).toMatch(/"Databricks" is a reviewed organization; only discovered names can be rejected/);
    const taken = await cli("review", "rename", "Antimatter", "--to", "Databricks", "--seeds", seedsDir);
    expect(taken.code).toBe(1);
    expect(taken.err).toMatch(/"Databricks" already names Databricks \(databricks\); merge/);
    const kind = await cli("review", "promote", "Antimatter", "--kind", "startup", "--seeds", seedsDir);
    expect(kind.code).toBe(2);
    expect(kind.err).toMatch(/--kind must be one of frontier-lab, .*; got "startup"/);
    expect((await cli("review", "decisions", "--seeds", seedsDir)).out).toBe("no decisions yet");
  });
}

describe("review round trip on the embedded store", () => {
  roundTrip(async () => new MemoryStore());
});

describeNeo4j("review round trip on Neo4j", () => {
  roundTrip(emptyNeo4jStore);
});
