import { BadUserInputError } from "../errors.js";
import type { DateCount } from "../store/GraphStore.js";

export type Interval = "DAY" | "WEEK" | "MONTH";

/** The most buckets one trend may have, so that a long range at DAY cannot make a huge answer. */
export const MAX_TREND_BUCKETS = 1000;

const DAY_MS = 86_400_000;
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);

/** First day of the bucket holding `iso`: the day itself, its ISO week's Monday, or the 1st of its month. */
export function bucketStart(iso: string, interval: Interval): string {
  const date = toDate(iso);
  if (interval === "DAY") return iso;
  if (interval === "MONTH") return `${iso.slice(0, 7)}-01`;
  const mondayOffset = (date.getUTCDay() + 6) % 7;
  return toIso(new Date(date.getTime() - mondayOffset * DAY_MS));
}

function nextBucket(start: string, interval: Interval): string {
  const date = toDate(start);
  if (interval === "DAY") return toIso(new Date(date.getTime() + DAY_MS));
  if (interval === "WEEK") return toIso(new Date(date.getTime() + 7 * DAY_MS));
  return toIso(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)));
}

/**
 * Item counts per bucket from `from` to `to` inclusive, every bucket present (0 when empty).
 * The first bucket starts at the bucket holding `from` (a Monday for WEEK, the 1st for MONTH).
 */
export function bucketize(counts: readonly DateCount[], from: string, to: string, interval: Interval): Array<{ start: string; count: number }> {
  if (from > to) throw new BadUserInputError(`"from" (${from}) is after "to" (${to})`);
  const buckets = new Map<string, number>();
  for (let start = bucketStart(from, interval); start <= to; start = nextBucket(start, interval)) {
    buckets.set(start, 0);
    if (buckets.size > MAX_TREND_BUCKETS) {
      throw new BadUserInputError(`the range has more than ${MAX_TREND_BUCKETS} ${interval.toLowerCase()} intervals; use a longer interval`);
    }
  }
  for (const { date, count } of counts) {
    if (date < from || date > to) continue;
    const start = bucketStart(date, interval);
    buckets.set(start, (buckets.get(start) ?? 0) + count);
  }
  return [...buckets].map(([start, count]) => ({ start, count }));
}
