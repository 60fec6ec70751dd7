import type { BriefingGraph } from "../src/domain/BriefingGraph.js";
import type { Extractor } from "../src/extract/Extractor.js";
import { parseBriefing } from "../src/ingest/parseBriefing.js";
import type { Row } from "./results.js";
import { round } from "./measure.js";

/**
 * Parse + extract of `briefings`, timed in CPU time of this (single-threaded) process so that other work on the
 * machine does not count; after one warm-up pass over the first 50 briefings. Also answers the graphs, for the
 * ingest benchmarks that start from extracted rows.
 */
export function parseThroughput(
  briefings: ReadonlyArray<{ fileName: string; text: string }>,
  extractor: Extractor,
): { row: Row; graphs: BriefingGraph[] } {
  const run = (list: typeof briefings) =>
    list.map(({ text, fileName }) => {
      const parsed = parseBriefing(text, { file: fileName });
      if (!parsed.ok) throw new Error(`${fileName}: ${JSON.stringify(parsed.issues[0])}`);
      return extractor.extract(parsed.value).graph;
    });
  run(briefings.slice(0, 50));
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  const graphs = run(briefings);
  const cpu = process.cpuUsage(cpuStart);
  const wallSeconds = (performance.now() - wallStart) / 1000;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const items = graphs.reduce((n, g) => n + g.items.length, 0);
  return {
    row: {
      briefings: briefings.length,
      items,
      cpuSeconds: round(cpuSeconds),
      wallSeconds: round(wallSeconds),
      itemsPerSecond: Math.round(items / cpuSeconds),
    },
    graphs,
  };
}
