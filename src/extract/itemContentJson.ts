import type { ItemDraft } from "../domain/BriefingDraft.js";

/** What an item's content hash covers: its text and place, and the ids of everything it links to. */
export interface ItemContent {
  section: ItemDraft["section"];
  priority: number | null;
  title: string;
  summary: string | null;
  details: string | null;
  position: number;
  /** Link ids, sorted. */
  links: readonly string[];
}

/**
 * JSON.stringify(content), keys in this order, built by hand: the stored content hashes are of exactly this text.
 * JSON.stringify escapes strings code unit by code unit, which costs microseconds per item on Node 20, while most
 * strings need no escape at all and a regular expression finds that out at native speed.
 */
export function itemContentJson(content: ItemContent): string {
  return (
    `{"section":${jsonString(content.section)},"priority":${jsonNumberOrNull(content.priority)}` +
    `,"title":${jsonString(content.title)},"summary":${jsonStringOrNull(content.summary)}` +
    `,"details":${jsonStringOrNull(content.details)},"position":${jsonNumberOrNull(content.position)}` +
    `,"links":${jsonStrings(content.links)}}`
  );
}

/** What JSON.stringify escapes in a string: quote, backslash, control characters and (lone) surrogates. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

function jsonString(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

function jsonStringOrNull(text: string | null): string {
  return text === null ? "null" : jsonString(text);
}

function jsonNumberOrNull(value: number | null): string {
  if (value === null) return "null";
  return Number.isSafeInteger(value) ? String(value) : JSON.stringify(value);
}

function jsonStrings(list: readonly string[]): string {
  if (list.length === 0) return "[]";
  // Ids rarely need an escape: one test over all of them decides.
  if (NEEDS_ESCAPE.test(list.join(""))) return JSON.stringify(list);
  return `["${list.join('","')}"]`;
}
