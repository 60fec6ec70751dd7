import type { BriefingGraph } from "../src/domain/BriefingGraph.js";
import type { Extractor } from "../src/extract/Extractor.js";
import { parseBriefing } from "../src/ingest/parseBriefing.js";
import type { Row } from "./results.js";
import { round } from "./measure.js";

type CorpusFile = { fileName: string; text: string };

/**
 * Parse + extract of `briefings`, timed in CPU time of this (single-threaded) process so that other work on the
 * machine does not count; after one warm-up pass over the first 50 briefings. The timed pass drops each graph once
 * extracted, as ingest does (it streams briefing by briefing): holding 100,000 items' graphs would time this
 * process's garbage collector marking them, not the parser. The graphs, for the ingest benchmarks that start from
 * extracted rows, come from a second, untimed pass.
 */
export function parseThroughput(
  briefings: readonly CorpusFile[],
  extractor: Extractor,
): { row: Row; graphs: BriefingGraph[] } {
  const graphOf = ({ text, fileName }: CorpusFile): BriefingGraph => {
    const parsed = parseBriefing(text, { file: fileName });
    if (!parsed.ok) throw new Error(`${fileName}: ${JSON.stringify(parsed.issues[0])}`);
    return extractor.extract(parsed.value).graph;
  };
  for (const briefing of briefings.slice(0, 50)) graphOf(briefing);
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  let items = 0;
  for (const briefing of briefings) items += graphOf(briefing).items.length;
  const cpu = process.cpuUsage(cpuStart);
  const wallSeconds = (performance.now() - wallStart) / 1000;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    row: {
      briefings: briefings.length,
      items,
      cpuSeconds: round(cpuSeconds),
      wallSeconds: round(wallSeconds),
      itemsPerSecond: Math.round(items / cpuSeconds),
    },
    graphs: briefings.map(graphOf),
  };
}
