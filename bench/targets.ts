import type { BenchResults, Cell, Row, TargetCheck } from "./results.js";

/** The targets of issue 6, checked against one run's tables. A target whose figures this run lacks is null. */
export function checkTargets(results: BenchResults, settings: { quick: boolean }): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const add = (target: string, measured: string, met: boolean | null) => checks.push({ target, measured, met });
  const num = (cell: Cell | undefined) => (typeof cell === "number" ? cell : null);

  const parse = num(results.parse[0]?.["itemsPerSecond"]);
  add("parse + extract >= 20,000 items/s (one core)", parse === null ? "-" : `${parse} items/s`, parse === null ? null : parse >= 20_000);

  const embedded = largest(results.ingest.filter((r) => r["store"] === "embedded"));
  const ready = num(embedded?.["ready s"]);
  const rss = num(embedded?.["peak RSS MiB"]);
  const tenYears = embedded !== undefined && num(embedded["days"]) === 3650;
  add(
    "embedded: 10-year corpus loaded and serving <= 15 s, RSS <= 1.5 GB",
    embedded === undefined ? "-" : `${embedded["days"]} days: ready ${ready} s, peak RSS ${rss} MiB`,
    tenYears && ready !== null && rss !== null ? ready <= 15 && rss <= 1536 : null,
  );

  const neo4j = largest(results.ingest.filter((r) => r["store"] === "neo4j"));
  const ratio = num(neo4j?.["ingest / floor"]);
  const reingest = num(neo4j?.["re-ingest unchanged s"]);
  const ingest = num(neo4j?.["ingest s"]);
  const neo4jTenYears = neo4j !== undefined && num(neo4j["days"]) === 3650;
  add(
    "neo4j: 10-year ingest <= 1.5x the UNWIND floor; unchanged re-ingest faster still",
    neo4j === undefined ? "-" : `${neo4j["days"]} days: ${ratio}x floor; re-ingest ${reingest} s vs ingest ${ingest} s`,
    neo4jTenYears && ratio !== null && reingest !== null && ingest !== null ? ratio <= 1.5 && reingest < ingest : null,
  );

  const floorRatios = results.latency.map((r) => [r["operation"], num(r["neo4j / floor"])] as const);
  const overFloor = floorRatios.filter(([, v]) => v !== null && v > 1.3).map(([op, v]) => `${op} ${v}x`);
  const measuredFloor = floorRatios.filter(([, v]) => v !== null);
  add(
    "neo4j: GraphQL p50 <= 1.3x the hand-written Cypher floor, every operation",
    measuredFloor.length === 0 ? "-" : overFloor.length === 0 ? `all ${measuredFloor.length} within` : `over: ${overFloor.join(", ")}`,
    measuredFloor.length === 0 ? null : overFloor.length === 0,
  );

  const peerRatios = results.latency.map((r) => [r["operation"], num(r["neo4j / peer"])] as const).filter(([, v]) => v !== null);
  const slower = peerRatios.filter(([, v]) => (v as number) >= 1).map(([op, v]) => `${op} ${v}x`);
  add(
    "faster than @neo4j/graphql on every equivalent query (ratio < 1.0)",
    peerRatios.length === 0 ? "-" : slower.length === 0 ? `all ${peerRatios.length} faster` : `slower: ${slower.join(", ")}`,
    peerRatios.length === 0 ? null : slower.length === 0,
  );

  const shares = results.throughput.map((r) => [r["operation"], num(r["share of ceiling"])] as const);
  add(
    "embedded throughput of 02 and 03 >= 50% of the { __typename } ceiling",
    shares.map(([op, v]) => `${op} ${v}`).join(", ") || "-",
    shares.length === 0 ? null : shares.every(([, v]) => v !== null && v >= 0.5),
  );

  if (settings.quick) for (const check of checks) check.target += " (quick run: smaller corpora)";
  return checks;
}

function largest(rows: Row[]): Row | undefined {
  return [...rows].sort((a, b) => Number(b["days"]) - Number(a["days"]))[0];
}
