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
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
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
