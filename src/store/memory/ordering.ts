import type { Item } from "../../domain/Item.js";
import type { Organization } from "../../domain/Organization.js";
import type { DateRange, Page, PageRequest } from "../GraphStore.js";

/** Newest briefing first, then briefing order: the order item lists use by default, in every store. */
export function byItemOrder(a: Item, b: Item): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.position - b.position;
}

/** Oldest briefing first, then briefing order. */
export function byItemOrderOldestFirst(a: Item, b: Item): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.position - b.position;
}

/** By lower-cased name, then id: the same order as `ORDER BY toLower(o.name), o.id` in Cypher. */
export function byName(a: Organization, b: Organization): number {
  const x = lowerCased(a.name);
  const y = lowerCased(b.name);
  if (x !== y) return x < y ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Whether an ISO date lies in an inclusive range with optional ends. */
export function inRange(date: string, range: DateRange): boolean {
  return (range.from === undefined || date >= range.from) && (range.to === undefined || date <= range.to);
}

/** The requested window of an ordered list. */
export function pageOf<T>(rows: T[], page: PageRequest): Page<T> {
  return { rows: rows.slice(page.offset, page.offset + page.limit), totalCount: rows.length };
}

// Sorts compare the same few thousand names many times over.
const LOWER_CASED = new Map<string, string>();

function lowerCased(name: string): string {
  let lower = LOWER_CASED.get(name);
  if (lower === undefined) {
    lower = name.toLowerCase();
    if (LOWER_CASED.size >= 100_000) LOWER_CASED.clear();
    LOWER_CASED.set(name, lower);
  }
  return lower;
}

/**
 * The `limit` first of `rows` in `order`, where `order` puts larger counts first: rows below the limit-th largest
 * count are dropped before the full sort, which matters when there are tens of thousands of rows and few are wanted.
 */
export function topByCount<T extends { count: number }>(rows: T[], limit: number, order: (a: T, b: T) => number): T[] {
  if (rows.length > limit && limit > 0) {
    const counts = rows.map((r) => r.count).sort((a, b) => b - a);
    const cutoff = counts[limit - 1] as number;
    rows = rows.filter((r) => r.count >= cutoff);
  }
  return rows.sort(order).slice(0, limit);
}
