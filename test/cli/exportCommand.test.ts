import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { Extractor } from "../../src/extract/Extractor.js";
import { loadTaxonomy } from "../../src/extract/loadTaxonomy.js";
import { Ingestor } from "../../src/pipeline/Ingestor.js";
import { SECOND_BRIEFING, seedText } from "../support/briefings.js";
import { describeNeo4j, emptyNeo4jStore } from "../support/neo4j.js";
import { readWithNetworkx } from "../support/networkx.js";

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join(""), err: err.join("\n") };
}

const work = mkdtempSync(join(tmpdir(), "govgraph-export-"));
const seeds = join(work, "seeds");
mkdirSync(seeds);
writeFileSync(join(seeds, "briefing-2026-03-25.txt"), seedText());
writeFileSync(join(seeds, "briefing-2026-04-02.txt"), SECOND_BRIEFING);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("govgraph export", () => {
  it("writes the whole graph of the seeds directory as GraphML that networkx reads", async () => {
    const out = join(work, "all.graphml");
    const { code, err } = await cli("export", "--format", "graphml", "--seeds", seeds, "--out", out);
    expect(code).toBe(0);
    const [, nodes, edges] = /exported (\d+) nodes and (\d+) edges as graphml to /.exec(err) ?? [];
    const read = readWithNetworkx("GRAPHML", out);
    expect(Object.keys(read.nodes)).toHaveLength(Number(nodes));
    expect(read.edges).toHaveLength(Number(edges));
    expect(Object.values(read.nodes).filter((n) => n["type"] === "Item")).toHaveLength(34);
  });

  it("narrows to a theme and a date range, keeping what the items link to", async () => {
    const { code, out } = await cli("export", "--format", "cytoscape-json", "--seeds", seeds, "--theme", "agents", "--from", "2026-04-01", "--to", "2026-04-30");
    expect(code).toBe(0);
    const { elements } = JSON.parse(out);
    const items = elements.nodes.filter((n: { data: { type: string } }) => n.data.type === "Item");
    expect(items.map((n: { data: { label: string } }) => n.data.label)).toEqual([expect.stringMatching(/^OpenAI signs agreement with the Pentagon/)]);
    const labels = elements.nodes.map((n: { data: { label: string } }) => n.data.label);
    expect(labels).toEqual(expect.arrayContaining(["OpenAI", "agents"]));
    const ids = new Set(elements.nodes.map((n: { data: { id: string } }) => n.data.id));
    expect(elements.edges.every((e: { data: { source: string; target: string } }) => ids.has(e.data.source) && ids.has(e.data.target))).toBe(true);

    const gexf = await cli("export", "--format", "gexf", "--seeds", seeds, "--to", "2026-03-31");
    expect(gexf.out).toMatch(/^<\?xml[^]*<gexf xmlns="http:\/\/www\.gexf\.net\/1\.2draft"[^]*<\/gexf>\n$/);
    expect(gexf.err).toMatch(/exported \d+ nodes/);
  });

  it("prints help, and answers a wrong command line with exit code 2", async () => {
    const help = await cli("export", "--help");
    expect(help).toMatchObject({ code: 0, out: expect.stringMatching(/^Usage: govgraph export --format graphml\|gexf\|cytoscape-json/) });
    expect((await cli("--help")).out).toMatch(/export\s+write the graph/);
    for (const argv of [[], ["--format", "svg"], ["--format", "gexf", "--from", "2026-13-01"], ["--format", "gexf", "--from", "2026-04-02", "--to", "2026-04-01"], ["--format", "gexf", "--store", "neo4j", "--seeds", seeds], ["--format", "gexf", "extra"]]) {
      const { code, err } = await cli("export", ...argv);
      expect(code, argv.join(" ")).toBe(2);
      expect(err).toMatch(/--help/);
    }
  });

  it("fails with one line for an unknown theme or an unwritable file", async () => {
    expect(await cli("export", "--format", "gexf", "--seeds", seeds, "--theme", "no-such-theme")).toMatchObject({
      code: 1,
      err: 'govgraph export: --theme: no theme has the slug "no-such-theme"',
    });
    const { code, err } = await cli("export", "--format", "gexf", "--seeds", seeds, "--out", join(work, "missing", "x.gexf"));
    expect(code).toBe(1);
    expect(err).toMatch(/--out: cannot write .* \(ENOENT\)/);
  });
});

describeNeo4j("govgraph export --store neo4j", () => {
  it("writes the same document from Neo4j as from the embedded store", async () => {
    const store = await emptyNeo4jStore();
    const extractor = new Extractor(loadTaxonomy());
    await store.init(extractor.taxonomyNodes());
    const ingestor = new Ingestor({ store, extractor });
    await ingestor.ingest(seedText(), "seed.txt");
    await ingestor.ingest(SECOND_BRIEFING, "second.txt");
    for (const format of ["graphml", "gexf", "cytoscape-json"]) {
      const fromNeo4j = await cli("export", "--format", format, "--store", "neo4j");
      const fromMemory = await cli("export", "--format", format, "--seeds", seeds);
      expect(fromNeo4j.code, fromNeo4j.err).toBe(0);
      expect(fromNeo4j.out).toBe(fromMemory.out);
    }
    const themed = await cli("export", "--format", "graphml", "--store", "neo4j", "--theme", "agents");
    expect(themed.out).toBe((await cli("export", "--format", "graphml", "--seeds", seeds, "--theme", "agents")).out);
  });
});
