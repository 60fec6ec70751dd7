/** The result file and the tables `npm run bench` prints. */

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

/** One target of issue 6 and whether this run met it. */
export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | null;
}

export interface BenchResults {
  machine: Record<string, unknown>;
  settings: Record<string, unknown>;
  parse: Row[];
  ingest: Row[];
  latency: Row[];
  throughput: Row[];
  targets: TargetCheck[];
}

/** A Markdown table of `rows`, every key a column, in first-seen order. */
export function markdownTable(rows: readonly Row[]): string {
  if (rows.length === 0) return "(none)\n";
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const text = (value: Cell | undefined) => (value === null || value === undefined ? "" : String(value));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => text(r[c]).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(" | ")} |`;
  return [line(columns), line(widths.map((w) => "-".repeat(w))), ...rows.map((r) => line(columns.map((c) => text(r[c]))))].join("\n") + "\n";
}

/** Every table of a run, with headings, as printed and as pasted into the README. */
export function formatResults(results: BenchResults): string {
  const targets = results.targets.map((t) => ({ target: t.target, measured: t.measured, met: t.met === null ? "not measured" : t.met ? "yes" : "NO" }));
  return [
    "Parse + extract (one core)",
    markdownTable(results.parse),
    "Ingest",
    markdownTable(results.ingest),
    "Latency at concurrency 1 (ms)",
    markdownTable(results.latency),
    "Throughput at 32 connections (embedded store)",
    markdownTable(results.throughput),
    "Targets",
    markdownTable(targets),
  ].join("\n");
}
