import type { Evidence } from "../domain/Evidence.js";
import { tokenize, type Token } from "./tokenize.js";
import type { FieldText } from "./ItemText.js";

/** An organization found in text that the taxonomy does not know. */
export interface DiscoveredOrganization {
  name: string;
  evidence: Evidence;
}

// Words that open a name in the role of an organization: "acquires X", "startup X", "sues X".
const BEFORE_NAME: ReadonlyArray<readonly string[]> = [
  ["acquires"], ["acquired"], ["acquiring"], ["acquire"], ["buys"], ["bought"], ["acquisition", "of"],
  ["startup"], ["start", "up"], ["partners", "with"], ["partnered", "with"], ["partnership", "with"],
  ["sues"], ["sued"], ["invests", "in"], ["invested", "in"], ["backed", "by"], ["led", "by"],
];
// Words that close a name in that role: "X raises $…", "X acquires…", "X sues…".
const AFTER_NAME: ReadonlyArray<readonly string[]> = [
  ["raises"], ["raised"], ["secures"], ["closes"], ["acquires"], ["acquired"], ["sues"], ["partners", "with"],
  ["emerges", "from", "stealth"], ["valued", "at"],
];

// Capitalised words that open sentences or name places and roles, never organizations on their own.
const NOT_A_NAME = new Set(
  ("a an the this that these those it its new community report reports reported study researchers analysts officials " +
    "regulators lawmakers startup startups company companies firm firms ai llm llms agent agents model models open " +
    "january february march april may june july august september october november december monday tuesday " +
    "wednesday thursday friday saturday sunday us usa uk eu china india japan korea iran israel russia ukraine " +
    "taiwan france germany europe european american chinese british asia africa its their his her our we they " +
    "and or but if as at by for from in into of on to with after before amid over under while")
    .split(" "),
);

const MAX_NAME_WORDS = 4;

/**
 * Finds capitalised names in organisational roles ("Databricks acquires Antimatter and SiftD.ai",
 * "startup Foo Robotics", "Foo raises $20M"). Names the taxonomy knows are skipped via `isKnown`.
 */
export function discoverOrganizations(
  texts: readonly FieldText[],
  isKnown: (text: string, start: number, end: number) => boolean,
): DiscoveredOrganization[] {
  const found: DiscoveredOrganization[] = [];
  for (const { field, text } of texts) {
    const tokens = tokenize(text);
    const add = (from: number, to: number, rule: string) => {
      const first = tokens[from] as Token;
      const last = tokens[to - 1] as Token;
      if (isKnown(text, first.start, last.end)) return;
      found.push({
        name: text.slice(first.start, last.end),
        evidence: { rule, field, text: text.slice(first.start, last.end), start: first.start, end: last.end },
      });
    };
    for (let i = 0; i < tokens.length; i += 1) {
      const opener = phraseAt(tokens, i, BEFORE_NAME);
      if (opener > 0) {
        let at = i + opener;
        // A list of names: "acquires Antimatter and SiftD.ai", "X, Y and Z".
        for (;;) {
          const length = nameLength(tokens, at);
          if (length === 0) break;
          add(at, at + length, `discovered-${tokens[i]?.lower}`);
          at += length;
          const next = tokens[at];
          if (next?.lower === "and" && nameLength(tokens, at + 1) > 0) at += 1;
          else if (next !== undefined && /^,\s*$/.test(text.slice(tokens[at - 1]?.end, next.start)) && nameLength(tokens, at) > 0) continue;
          else break;
        }
      }
      const length = nameLength(tokens, i);
      if (length > 0 && phraseAt(tokens, i + length, AFTER_NAME) > 0) add(i, i + length, `discovered-${tokens[i + length]?.lower}`);
    }
  }
  return found;
}

/** Length of the phrase from `phrases` starting at `index`, or 0. */
function phraseAt(tokens: Token[], index: number, phrases: ReadonlyArray<readonly string[]>): number {
  for (const phrase of phrases) {
    if (phrase.every((word, k) => tokens[index + k]?.lower === word && (k === 0 || tokens[index + k]?.joinedToPrevious))) {
      return phrase.length;
    }
  }
  return 0;
}

/** Number of consecutive capitalised words from `index` that can form a name (0 when none). */
function nameLength(tokens: Token[], index: number): number {
  let length = 0;
  while (length < MAX_NAME_WORDS) {
    const token = tokens[index + length];
    if (token === undefined || (length > 0 && !token.joinedToPrevious)) break;
    if (!looksLikeNameWord(token)) break;
    length += 1;
  }
  return length;
}

function looksLikeNameWord(token: Token): boolean {
  if (NOT_A_NAME.has(token.lower)) return false;
  return /^\p{Lu}/u.test(token.text) || /^\p{Ll}+\p{Lu}/u.test(token.text);
}
