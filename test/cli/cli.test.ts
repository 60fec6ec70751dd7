import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { SECOND_BRIEFING, SEED_FILE } from "../support/briefings.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/briefings/", import.meta.url));
const BIN = fileURLToPath(new URL("../../bin/govgraph.js", import.meta.url));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join(""), err: err.join("\n") };
}

describe("govgraph parse", () => {
  it("prints the extracted seed briefing as JSON, with evidence for every organization", async () => {
    const { code, out, err } = await cli("parse", fileURLToPath(SEED_FILE));
    expect(code).toBe(0);
    expect(err).toBe("");
    const briefing = JSON.parse(out);
    expect(briefing.date).toBe("2026-03-25");
    expect(briefing.items).toHaveLength(31);
    const arm = briefing.items.find((i: { title: string }) => i.title.startsWith("Arm launches"));
    expect(arm.organizations.map((o: { name: string }) => o.name)).toEqual(["Arm", "Meta"]);
    expect(arm.organizations[0].evidence[0]).toMatchObject({ rule: "taxonomy-name", field: "title", text: "Arm" });
    expect(arm.sources.map((s: { publisher: string }) => s.publisher)).toEqual(["reuters.com", "techcrunch.com", "theverge.com", "arm.com"]);
    const acquisition = briefing.items.find((i: { title: string }) => i.title.startsWith("Databricks acquires"));
    expect(acquisition.relations.map((r: { type: string; source: string; target: string }) => [r.type, r.source, r.target])).toEqual([
      ["ACQUIRED", "Databricks", "Antimatter"],
      ["ACQUIRED", "Databricks", "SiftD.ai"],
    ]);
    expect(acquisition.relations[0].evidence).toMatchObject({ field: "title", text: expect.stringContaining("acquires") });
  });

  it("exits 1 with file:line: reason for a file that is not a briefing", async () => {
    const file = join(FIXTURES, "no-date-title.txt");
    const { code, out, err } = await cli("parse", file);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:2: expected a title line`));
  });

  it("prints warnings with their lines on stderr and still succeeds", async () => {
    const { code, err } = await cli("parse", join(FIXTURES, "missing-details.txt"));
    expect(code).toBe(0);
    expect(err).toMatch(/missing-details\.txt:\d+: warning: /);
  });

  it("parses several files into an array, and fails for a missing one", async () => {
    const { code, out, err } = await cli("parse", fileURLToPath(SEED_FILE), join(FIXTURES, "small.txt"), "/no/such/file.txt");
    expect(code).toBe(1);
    expect(JSON.parse(out)).toHaveLength(2);
    expect(err).toMatch(/\/no\/such\/file\.txt:1: cannot read the file \(ENOENT\)/);
  });
});

describe("govgraph help and usage", () => {
  it("prints help for every command", async () => {
    for (const command of ["serve", "parse", "ingest"]) {
      const { code, out } = await cli(command, "--help");
      expect(code).toBe(0);
      expect(out).toMatch(new RegExp(`^Usage: govgraph ${command}`));
    }
    expect((await cli("--help")).out).toMatch(/Commands:/);
  });

  it("answers a wrong command line with exit code 2 and a hint", async () => {
    expect(await cli("frobnicate")).toMatchObject({ code: 2, err: expect.stringMatching(/unknown command "frobnicate"/) });
    expect(await cli("parse")).toMatchObject({ code: 2, err: expect.stringMatching(/--help/) });
    expect(await cli("serve", "--port", "nope")).toMatchObject({ code: 2, err: expect.stringMatching(/--port/) });
    expect(await cli("serve", "--bogus")).toMatchObject({ code: 2 });
  });
});

describe("govgraph ingest into the embedded store", () => {
  it("checks files and saves them into the seeds directory, reporting a summary", async () => {
    const seeds = mkdtempSync(join(tmpdir(), "govgraph-ingest-"));
    const inbox = mkdtempSync(join(tmpdir(), "govgraph-inbox-"));
    try {
      writeFileSync(join(inbox, "new.txt"), SECOND_BRIEFING);
      writeFileSync(join(inbox, "bad.txt"), "not a briefing\n");
      const { code, err } = await cli("ingest", inbox, "--seeds", seeds);
      expect(code).toBe(1);
      expect(err).toMatch(/bad\.txt:1: /);
      expect(err).toMatch(/1 briefings ingested into memory, 1 files refused: 3 items created/);
      const { readdirSync } = await import("node:fs");
      expect(readdirSync(seeds)).toEqual(["briefing-2026-04-02.txt"]);
    } finally {
      rmSync(seeds, { recursive: true, force: true });
      rmSync(inbox, { recursive: true, force: true });
    }
  });
});

describe("govgraph serve (the built command)", () => {
  it("serves the briefings of --seeds DIR at /graphql and answers /health once ready", async () => {
    const seeds = mkdtempSync(join(tmpdir(), "govgraph-serve-"));
    writeFileSync(join(seeds, "b.txt"), SECOND_BRIEFING);
    const child = spawn(process.execPath, [BIN, "serve", "--port", "0", "--seeds", seeds], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let text = "";
        child.stderr.on("data", (chunk: Buffer) => {
          text += chunk.toString();
          const match = /serving (http:\/\/\S+)\/graphql/.exec(text);
          if (match?.[1]) resolve(match[1]);
        });
        child.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${text}`)));
      });
      expect((await fetch(`${url}/health`)).status).toBe(200);
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ briefings { totalCount edges { node { date } } } }" }),
      });
      expect(await response.json()).toEqual({ data: { briefings: { totalCount: 1, edges: [{ node: { date: "2026-04-02" } }] } } });
    } finally {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      rmSync(seeds, { recursive: true, force: true });
    }
  });
});
