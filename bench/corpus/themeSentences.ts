import type { ThemePhrases } from "./CorpusTaxonomy.js";
import type { Random } from "./Random.js";

/** Phrases for one sentence: a strong phrase and two distinct weak ones, drawn from a theme. */
interface Phrases {
  s: string;
  w1: string;
  w2: string;
}

type SentenceTemplate = (p: Phrases) => string;

const SUMMARY_SENTENCES: readonly SentenceTemplate[] = [
  (p) => `The move puts ${p.s} at the centre of buyer and regulator attention.`,
  (p) => `It sharpens scrutiny of ${p.s} and of ${p.w1} practices across the sector.`,
  (p) => `Observers read it as a signal about ${p.s}, not an isolated decision.`,
  (p) => `The episode adds pressure around ${p.s} as questions on ${p.w1} and ${p.w2} mount.`,
  (p) => `It is the latest data point in a busy stretch for ${p.s}.`,
];

const DETAIL_SENTENCES: readonly SentenceTemplate[] = [
  (p) => `Strategic relevance hinges on whether ${p.s} practices mature as fast as adoption; watch ${p.w1} and ${p.w2}.`,
  (p) => `For governance teams, the practical questions are ${p.w1}, ${p.w2} and who carries the risk.`,
  (p) => `This is a second-order signal for ${p.s}, but it shapes expectations around ${p.w1}.`,
  (p) => `If it holds, expect knock-on effects for ${p.w1} and ${p.w2} across vendors and deployers.`,
  (p) => `Near-term impact is moderate unless ${p.s} becomes a baseline requirement in procurement.`,
  (p) => `Comparable cases suggest ${p.w1} will matter more than headline claims about ${p.s}.`,
  (p) => `Relevance for ${p.s} depends on follow-through: ${p.w1}, ${p.w2} and independent verification.`,
  (p) => `Details remain partially community-reported; ${p.w1} claims have not been independently confirmed.`,
];

function phrasesOf(theme: ThemePhrases, random: Random): Phrases {
  const w1 = random.pick(theme.weak);
  let w2 = random.pick(theme.weak);
  for (let tries = 0; w2 === w1 && tries < 4; tries += 1) w2 = random.pick(theme.weak);
  return { s: random.pick(theme.strong), w1, w2 };
}

/**
 * A sentence built from a theme's own phrases (taxonomy `strong` and `weak` lists), so that the theme
 * classifier sees in the text the theme the story was written about. `kind` picks the summary or details voice.
 */
export function themeSentence(kind: "summary" | "details", theme: ThemePhrases, random: Random): string {
  const templates = kind === "summary" ? SUMMARY_SENTENCES : DETAIL_SENTENCES;
  return random.pick(templates)(phrasesOf(theme, random));
}
