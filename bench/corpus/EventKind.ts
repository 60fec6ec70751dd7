import type { Party, PartyKind } from "./CorpusTaxonomy.js";
import type { FactDraw, StoryWords, Template } from "./StoryWords.js";

/** Who a story's second party is: which organizations can fill the role. */
export type CounterpartRole = "investor" | "startup" | "target" | "company" | "lab" | "chipmaker" | "any";

/**
 * A kind of news event: who can do it, to whom, which themes it carries, and the templates it is told with.
 * `bullet` titles are short (Executive Summary), `top` titles longer with a parenthesised gloss (Top Priority),
 * `lead` sentences open the summary. Templates of one list must differ in wording, so follow-ups can reword;
 * `bullet[i]` and `top[i % top.length]` are told together, so each such pair must share its key words (actor,
 * object, amount…): that is how a reader, and the parser, pairs a summary bullet with its item.
 */
export interface EventKind {
  id: string;
  actors: readonly PartyKind[];
  /** Extra test on the actor, e.g. only security start-ups report vulnerabilities. */
  accepts?: (actor: Party) => boolean;
  counterpart: CounterpartRole | null;
  /** Theme slugs every story of this kind carries. */
  themes: readonly string[];
  /** One of these is drawn per story; a strong phrase of it becomes the story's topic. Empty: themes[0]. */
  topicThemes: readonly string[];
  weight: number;
  facts: (draw: FactDraw) => Partial<StoryWords>;
  glosses: readonly Template[];
  bullet: readonly Template[];
  top: readonly Template[];
  lead: readonly Template[];
}

/** An `accepts` test: taxonomy organizations always pass, young companies only when their focus matches. */
export const focusIs = (pattern: RegExp) => (actor: Party): boolean => actor.kind !== "startup" || pattern.test(actor.focus ?? "");

/** A party's product (most of the time, when it has any) or its name, e.g. for "a flaw in Claude". */
export function productOf(party: Party | null, draw: FactDraw): string {
  if (party === null) return "";
  return party.products.length > 0 && draw.random.chance(0.7) ? draw.random.pick(party.products) : party.name;
}
