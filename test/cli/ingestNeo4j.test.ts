import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { SECOND_BRIEFING, seedText } from "../support/briefings.js";
import { describeNeo4j, emptyNeo4jStore } from "../support/neo4j.js";

async function cli(...argv: string[]) {
  const err: string[] = [];
  const code = await runCli(argv, { out: () => undefined, err: (t) => err.push(t) });
  return { code, err: err.join("\n") };
}

describeNeo4j("govgraph ingest --store neo4j", () => {
  it("loads a directory with a summary, and a second run changes nothing", async () => {
    const store = await emptyNeo4jStore();
    const dir = mkdtempSync(join(tmpdir(), "govgraph-neo4j-ingest-"));
    try {
      writeFileSync(join(dir, "a.txt"), seedText());
      writeFileSync(join(dir, "b.txt"), SECOND_BRIEFING);
      const first = await cli("ingest", dir, "--store", "neo4j");
      expect(first.code).toBe(0);
      expect(first.err).toMatch(/2 briefings ingested into neo4j: 34 items created, 0 updated, 0 unchanged, 0 removed/);
      const second = await cli("ingest", dir, "--store", "neo4j");
      expect(second.err).toMatch(/2 briefings ingested into neo4j: 0 items created, 0 updated, 34 unchanged, 0 removed/);
      expect(await store.counts()).toMatchObject({ briefings: 2, items: 34 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
