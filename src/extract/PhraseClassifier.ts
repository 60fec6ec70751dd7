import type { Evidence } from "../domain/Evidence.js";
import { TermMatcher, TermMatchList, type Term, type TermMatch } from "./TermMatcher.js";
import { tokensOf, type FieldText, type TextField } from "./ItemText.js";
import { ClassTally, type Strength } from "./ClassTally.js";
import type { Token } from "./tokenize.js";

interface PhraseRule {
  /** The class the phrase stands for: a theme's slug, a risk's code. */
  key: string;
  strength: Strength;
}

/** One class of a phrase classifier with its phrases: one strong phrase suffices, weak ones need two distinct hits. */
export interface PhraseClass {
  key: string;
  strong: readonly string[];
  weak: readonly string[];
}

/** A phrase of the taxonomy; the same words may stand for several classes ("Claude Code": agents, developer tools). */
interface PhrasePayload {
  kind: "phrase";
  rules: PhraseRule[];
  stem: string;
}

/** One side of a phrase with a gap, such as "open-source … model". */
interface GapPartPayload {
  kind: "gap-part";
  gap: number;
  part: 0 | 1;
}

/**
 * What a phrase of a classifier stands for, and the classifier (`owner`): a matcher shared by several classifiers
 * tells their matches apart by it, without a look-up per match.
 */
export type PhraseTerm = (PhrasePayload | GapPartPayload) & { owner: PhraseClassifier };

interface GapPhrase {
  text: string;
  rules: PhraseRule[];
  stem: string;
}

/** Words a gapped phrase may skip between its two sides ("open-source 15B audio-video generation model"). */
export const MAX_GAP_WORDS = 4;
const GAP = /\s*(?:…|\.\.\.)\s*/;

/** Spans of a field that name an organization: class words inside them are part of a name, not a topic. */
export type NameSpans = ReadonlyMap<TextField, ReadonlyArray<{ start: number; end: number }>>;

/**
 * A weak hint for a class from an organization the item names: a regulator acting suggests policy, a court
 * litigation. It counts like one weak phrase, so it still needs a phrase of the class beside it.
 */
export interface OrganizationCue {
  key: string;
  evidence: Evidence;
}

/**
 * Tags items with classes (themes, risks) from the taxonomy's phrase rules: one strong phrase is enough, weak
 * phrases count only when two different ones (different word stems, not "training" and "trained") occur in the same item.
 *
 * Every phrase is looked for at every word, but a phrase inside a longer matched phrase ("security" inside
 * "national security") or inside an organization's name ("AI Security" inside "UK AI Security Institute") does
 * not count. Details state implications rather than what happened, so a strong phrase there counts as weak.
 * A phrase written "A … B" matches A followed by B within MAX_GAP_WORDS words of the same clause.
 */
export class PhraseClassifier {
  private readonly matcher: TermMatcher<PhraseTerm>;
  /** The matches in the field at hand, reused from field to field (see TermMatcher.matchEverywhereInto). */
  private readonly found = new TermMatchList<PhraseTerm>();
  private readonly gaps: GapPhrase[] = [];
  /** The evidence rules: theme-strong, theme-weak and theme-organization for the prefix "theme". */
  private readonly ruleNames: { strong: string; weak: string; organization: string };
  /** The phrases to look for, with what each stands for: for a matcher shared with other classifiers. */
  readonly terms: readonly Term<PhraseTerm>[];

  /** `rulePrefix` names the evidence rules: "theme" gives theme-strong, theme-weak and theme-organization. */
  constructor(
    classes: readonly PhraseClass[],
    rulePrefix: string,
  ) {
    this.ruleNames = { strong: `${rulePrefix}-strong`, weak: `${rulePrefix}-weak`, organization: `${rulePrefix}-organization` };
    const phrases = new Map<string, PhrasePayload & { text: string }>();
    const gapsByText = new Map<string, GapPhrase>();
    for (const phraseClass of classes) {
      const rules: Array<[string, Strength]> = [
        ...phraseClass.strong.map((text): [string, Strength] => [text, "strong"]),
        ...phraseClass.weak.map((text): [string, Strength] => [text, "weak"]),
      ];
      for (const [text, strength] of rules) {
        const rule = { key: phraseClass.key, strength };
        const key = text.toLowerCase();
        if (GAP.test(text)) {
          const gap = gapsByText.get(key) ?? { text, rules: [], stem: stemOf(text) };
          gap.rules.push(rule);
          gapsByText.set(key, gap);
          continue;
        }
        const phrase = phrases.get(key) ?? { kind: "phrase", text, rules: [], stem: stemOf(text) };
        phrase.rules.push(rule);
        phrases.set(key, phrase);
      }
    }
    const terms: Term<PhraseTerm>[] = [...phrases.values()].map(({ text, kind, rules, stem }) => ({
      text,
      caseSensitive: false,
      payload: { kind, rules, stem, owner: this },
    }));
    for (const gap of gapsByText.values()) {
      const index = this.gaps.push(gap) - 1;
      gap.text.split(GAP).slice(0, 2).forEach((side, part) => {
        terms.push({ text: side, caseSensitive: false, payload: { kind: "gap-part", gap: index, part: part as 0 | 1, owner: this } });
      });
    }
    this.terms = terms;
    this.matcher = new TermMatcher(terms);
  }

  /** Class keys of an item, with the phrases that justified each. */
  classify(
    texts: readonly FieldText[],
    nameSpans: NameSpans = new Map(),
    cues: readonly OrganizationCue[] = [],
  ): Map<string, Evidence[]> {
    const tally = this.tally(cues);
    for (const fieldText of texts) {
      this.matcher.matchEverywhereInto(tokensOf(fieldText), this.found);
      this.tallyMatches(tally, fieldText, this.found, nameSpans);
    }
    return tally.decided();
  }

  /** A tally of this classifier's hits on one item, starting with the item's organization cues. */
  tally(cues: readonly OrganizationCue[]): ClassTally {
    const tally = new ClassTally(this.ruleNames);
    for (const { key, evidence } of cues) tally.addCue(key, evidence);
    return tally;
  }

  /**
   * Adds to `tally` the hits among `found`, the matches in one field of a matcher that looks for this
   * classifier's terms (see `terms`), perhaps among those of other classifiers: only this classifier's count.
   * The fields of an item are tallied in the order they are read.
   */
  tallyMatches(tally: ClassTally, fieldText: FieldText, found: TermMatchList<PhraseTerm>, nameSpans: NameSpans): void {
    const { field, text } = fieldText;
    const { matches, count } = found;
    const names = nameSpans.get(field) ?? [];
    let gapParts = false;
    // The matches come in text order, those starting at one word together. A phrase inside a longer one of this
    // classifier either starts after it and ends no later, or starts with it and ends sooner: so the furthest end
    // of the phrases that start before a match, and of those that start with it, tell whether one holds it.
    let furthestBefore = -1;
    for (let group = 0; group < count; ) {
      const start = (matches[group] as TermMatch<PhraseTerm>).start;
      let groupEnd = group;
      let furthestHere = -1;
      for (; groupEnd < count; groupEnd += 1) {
        const match = matches[groupEnd] as TermMatch<PhraseTerm>;
        if (match.start !== start) break;
        if (match.payload.owner === this && match.payload.kind === "phrase" && match.end > furthestHere) furthestHere = match.end;
      }
      for (let m = group; m < groupEnd; m += 1) {
        const match = matches[m] as TermMatch<PhraseTerm>;
        const payload = match.payload;
        if (payload.owner !== this) continue;
        if (payload.kind !== "phrase") {
          gapParts = true;
          continue;
        }
        if (furthestBefore >= match.end || furthestHere > match.end || insideName(match, names)) continue;
        for (const rule of payload.rules) tally.addPhrase(rule.key, strengthIn(field, rule), payload.stem, field, text, match.start, match.end);
      }
      if (furthestHere > furthestBefore) furthestBefore = furthestHere;
      group = groupEnd;
    }
    if (!gapParts) return;
    for (let m = 0; m < count; m += 1) {
      const first = matches[m] as TermMatch<PhraseTerm>;
      const payload = first.payload;
      if (payload.owner !== this || payload.kind !== "gap-part" || payload.part !== 0) continue;
      const second = secondPartAfter(first, payload.gap, found, tokensOf(fieldText));
      if (second === null) continue;
      const gap = this.gaps[payload.gap] as GapPhrase;
      for (const rule of gap.rules) tally.addPhrase(rule.key, strengthIn(field, rule), gap.stem, field, text, first.start, second.end);
    }
  }
}

/**
 * The first match of the second side of gapped phrase `gap` that follows `first` (its first side) within
 * MAX_GAP_WORDS words of the same clause, or null. A plain loop rather than `find` with a closure per first side.
 */
function secondPartAfter(
  first: TermMatch<PhraseTerm>,
  gap: number,
  found: TermMatchList<PhraseTerm>,
  tokens: Token[],
): TermMatch<PhraseTerm> | null {
  const owner = first.payload.owner;
  const { matches, count } = found;
  for (let index = 0; index < count; index += 1) {
    const m = matches[index] as TermMatch<PhraseTerm>;
    const payload = m.payload;
    if (payload.owner !== owner || payload.kind !== "gap-part" || payload.gap !== gap || payload.part !== 1) continue;
    if (m.firstToken >= first.endToken && m.firstToken - first.endToken <= MAX_GAP_WORDS && sameClause(tokens, first.endToken, m.firstToken)) {
      return m;
    }
  }
  return null;
}

/** Details state implications rather than what happened: a strong phrase there counts as weak. */
function strengthIn(field: TextField, rule: PhraseRule): Strength {
  return field === "details" ? "weak" : rule.strength;
}

/**
 * What makes two weak phrases different: the first five letters of each word, so that "training" and "trained"
 * or "investor" and "investing" are one. Weak phrases written with a capital letter are names ("Qwen", "Iran",
 * "BIS"), and all the names of a class together count once: a name needs a descriptive word beside it.
 */
function stemOf(term: string): string {
  if (/\p{Lu}/u.test(term)) return "<name>";
  return term
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "")
    .map((word) => word.slice(0, 5))
    .join(" ");
}

// A plain loop rather than `some` with a closure: this runs for every phrase found, and the closures showed in profiles.
function insideName(match: { start: number; end: number }, names: ReadonlyArray<{ start: number; end: number }>): boolean {
  const length = match.end - match.start;
  for (const { start, end } of names) if (start <= match.start && match.end <= end && end - start > length) return true;
  return false;
}

/**
 * True when the words from `from` to `to` are one phrase: only white space or hyphens between them, and no "and"
 * or "or" ("open and custom models" is not about open models).
 */
function sameClause(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i += 1) {
    const token = tokens[i];
    if (token === undefined || !token.joinedToPrevious) return false;
    if (i < to && (token.lower === "and" || token.lower === "or")) return false;
  }
  return true;
}
