import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCorpusCommand } from "../../bench/corpus/generateCorpus.js";
import { parseCorpusArgs } from "../../bench/corpus/parseCorpusArgs.js";

const dir = mkdtempSync(join(tmpdir(), "govgraph-corpus-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(argv: string[]): { code: number; stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = runCorpusCommand(argv, { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line) });
  return { code, stdout, stderr };
}

describe("parseCorpusArgs", () => {
  it("reads --name value and --name=value, with 2016-01-01 as the default start", () => {
    expect(parseCorpusArgs(["--days", "3", "--seed=7", "--out", "x"])).toEqual({
      kind: "run",
      args: { days: 3, seed: 7, out: "x", start: "2016-01-01" },
    });
  });

  it.each([
    [["--seed", "1", "--out", "x"], "missing required option --days"],
    [["--days", "0", "--seed", "1", "--out", "x"], "--days must be an integer from 1 to 100000, got '0'"],
    [["--days", "2", "--seed", "-1", "--out", "x"], "--seed must be an integer from 0 to 4294967295, got '-1'"],
    [["--days", "2", "--seed", "1", "--out"], "--out needs a value"],
    [["--days", "2", "--seed", "1", "--out", "x", "--start", "2016-13-01"], "--start must be a real date YYYY-MM-DD, got '2016-13-01'"],
    [["--days", "2", "--seed", "1", "--out", "x", "--verbose"], "unknown option --verbose"],
    [["--days", "2", "--seed", "1", "--out", "x", "extra"], "unexpected argument 'extra'"],
  ])("refuses %j: %s", (argv, message) => {
    expect(parseCorpusArgs(argv)).toEqual({ kind: "error", message });
  });
});

describe("the corpus command", () => {
  it("prints usage for --help and exits 0", () => {
    const result = run(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout.join("\n")).toMatch(/^Usage: npm run corpus -- --days N --seed S --out DIR/u);
  });

  it("exits 2 with one line on stderr for bad arguments", () => {
    const result = run(["--days", "many", "--seed", "1", "--out", join(dir, "never")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toEqual(["corpus: --days must be an integer from 1 to 100000, got 'many' (see --help)"]);
  });

  it("writes one file per day and a summary line", () => {
    const out = join(dir, "three");
    const result = run(["--days", "3", "--seed", "9", "--out", out, "--start", "2025-12-31"]);
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["briefing-2025-12-31.txt", "briefing-2026-01-01.txt", "briefing-2026-01-02.txt"]);
    expect(readFileSync(join(out, "briefing-2026-01-01.txt"), "utf8")).toMatch(/^\uFEFF?AI SAFETY AND GOVERNANCE - 2026-01-01\r?\n/u);
    expect(result.stderr.at(-1)).toMatch(/^corpus: wrote 3 files, \d+ items, \d+ bytes \(.* MB\) in [\d.]+ s to /u);
  });
});
