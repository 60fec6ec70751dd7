import type { Driver } from "neo4j-driver";
import { byOrganizationName, cypherInt, readRows, required, text, type Row } from "./floorSupport.js";

/** Floors of the analytics operations (11, 12): trend buckets and rankings computed inside the database. */

/** Cypher's date.truncate unit and the step between bucket starts of each Interval. */
const INTERVALS = {
  DAY: { unit: "day", days: 1, months: 0 },
  WEEK: { unit: "week", days: 7, months: 0 },
  MONTH: { unit: "month", days: 0, months: 1 },
} as const;

const MAX_BUCKETS = 1000;

/**
 * 11-trends: a theme's item counts per bucket, every bucket from the one holding `from` to `to` present (ISO weeks
 * start on Monday, as date.truncate('week') does), and the 20 largest organization x theme cells.
 */
export async function trends(driver: Driver, variables: Row, database?: string): Promise<unknown> {
  const from = required(variables, "from");
  const to = required(variables, "to");
  const interval = INTERVALS[(text(variables, "interval") ?? "WEEK") as keyof typeof INTERVALS];
  if (interval === undefined) throw new Error(`unknown interval ${String(variables["interval"])}`);
  // The API refuses these before it reads anything; so does the floor.
  if (from > to) throw new Error(`"from" (${from}) is after "to" (${to})`);
  const [row] = await readRows(
    driver,
    `CALL () {
  OPTIONAL MATCH (t:Theme {slug: $slug})
  WITH t, date.truncate($unit, date($from)) AS first, date($to) AS last
  WITH t, last, first, CASE WHEN $months > 0 THEN duration.inMonths(first, last).months / $months
                              ELSE duration.inDays(first, last).days / $days END AS lastIndex
  WITH t, [k IN range(0, lastIndex) | first + duration({days: k * $days, months: k * $months})] AS starts,
       COLLECT {
         MATCH (t)<-[:HAS_THEME]-(i:Item) WHERE i.date >= $from AND i.date <= $to
         WITH date.truncate($unit, date(i.date)) AS start, count(i) AS count
         RETURN {start: start, count: count}
       } AS counts
  RETURN CASE WHEN t IS NULL THEN null ELSE {slug: t.slug, trend: [s IN starts | {
    start: toString(s), count: coalesce([c IN counts WHERE c.start = s | c.count][0], 0)
  }]} END AS theme
}
CALL () {
  MATCH (o:Organization)<-[:MENTIONS]-(i:Item)-[:HAS_THEME]->(t:Theme)
  WITH o, t, count(i) AS itemCount ORDER BY itemCount DESC, ${byOrganizationName("o")}, t.slug ASC LIMIT $cells
  RETURN collect({organization: {name: o.name}, theme: {slug: t.slug}, itemCount: itemCount}) AS matrix
}
RETURN theme, matrix`,
    {
      slug: required(variables, "slug").trim().toLowerCase(),
      from,
      to,
      unit: interval.unit,
      days: cypherInt(interval.days),
      months: cypherInt(interval.months),
      cells: cypherInt(20),
    },
    database,
  );
  const theme = row?.["theme"] as { trend: unknown[] } | null;
  if (theme && theme.trend.length > MAX_BUCKETS) throw new Error(`more than ${MAX_BUCKETS} intervals`);
  return { theme, organizationThemeMatrix: row?.["matrix"] ?? [] };
}

/** 12-rankings: the 10 organizations named by most items inside the range, with first and last dates seen. */
export async function rankings(driver: Driver, variables: Row, database?: string): Promise<unknown> {
  const from = text(variables, "from");
  const to = text(variables, "to");
  // Only the bounds given are written, so the item_date index can serve the range.
  const bounds = [from === undefined ? "" : "i.date >= $from", to === undefined ? "" : "i.date <= $to"].filter(Boolean);
  const [row] = await readRows(
    driver,
    `MATCH (o:Organization)<-[:MENTIONS]-(i:Item)${bounds.length > 0 ? ` WHERE ${bounds.join(" AND ")}` : ""}
WITH o, count(i) AS itemCount, min(i.date) AS firstSeen, max(i.date) AS lastSeen
ORDER BY itemCount DESC, ${byOrganizationName("o")} LIMIT $first
RETURN collect({node: {name: o.name, itemCount: itemCount, firstSeen: firstSeen, lastSeen: lastSeen}}) AS edges`,
    { from: from ?? null, to: to ?? null, first: cypherInt(10) },
    database,
  );
  return { organizations: { edges: row?.["edges"] ?? [] } };
}
