import type { Evidence } from "../domain/Evidence.js";
import { TermMatcher, type Term, type TermMatch } from "./TermMatcher.js";
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
    const matches = texts.map((fieldText) => this.matcher.matchEverywhere(fieldText.text, tokensOf(fieldText)));
    return this.classifyMatches(texts, matches, nameSpans, cues);
  }

  /**
   * classify, from the matches of this classifier's terms (see `terms`) in each of the texts, found by
   * TermMatcher.matchEverywhere.
   */
  classifyMatches(
    texts: readonly FieldText[],
    matchesByText: ReadonlyArray<TermMatch<PhraseTerm>[]>,
    nameSpans: NameSpans = new Map(),
    cues: readonly OrganizationCue[] = [],
  ): Map<string, Evidence[]> {
    const tally = new ClassTally(this.ruleNames);
    for (const { key, evidence } of cues) tally.addCue(key, evidence);
    for (let index = 0; index < texts.length; index += 1) {
      const fieldText = texts[index] as FieldText;
      const { field, text } = fieldText;
      const matches = matchesByText[index] ?? [];
      const names = nameSpans.get(field) ?? [];
      let gapParts = false;
      for (const match of matches) {
        const payload = match.payload;
        if (payload.kind !== "phrase") {
          gapParts = true;
          continue;
        }
        if (insideLongerSpan(match, matches) || insideName(match, names)) continue;
        for (const rule of payload.rules) tally.addPhrase(rule.key, strengthIn(field, rule), payload.stem, field, text, match.start, match.end);
      }
      if (gapParts) {
        for (const found of this.gapMatches(matches, tokensOf(fieldText))) {
          for (const rule of found.gap.rules) tally.addPhrase(rule.key, strengthIn(field, rule), found.gap.stem, field, text, found.start, found.end);
        }
      }
    }
    return tally.decided();
  }

  private gapMatches(matches: TermMatch<PhraseTerm>[], tokens: Token[]): Array<{ gap: GapPhrase; start: number; end: number }> {
    const found: Array<{ gap: GapPhrase; start: number; end: number }> = [];
    for (const first of matches) {
      if (first.payload.kind !== "gap-part" || first.payload.part !== 0) continue;
      const second = secondPartAfter(first, first.payload.gap, matches, tokens);
      if (second !== null) found.push({ gap: this.gaps[first.payload.gap] as GapPhrase, start: first.start, end: second.end });
    }
    return found;
  }
}

/**
 * The first match of the second side of gapped phrase `gap` that follows `first` (its first side) within
 * MAX_GAP_WORDS words of the same clause, or null. A plain loop rather than `find` with a closure per first side.
 */
function secondPartAfter(
  first: TermMatch<PhraseTerm>,
  gap: number,
  matches: readonly TermMatch<PhraseTerm>[],
  tokens: Token[],
): TermMatch<PhraseTerm> | null {
  for (const m of matches) {
    const payload = m.payload;
    if (payload.kind !== "gap-part" || payload.gap !== gap || payload.part !== 1) continue;
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

// Plain loops rather than `some` with a closure: these run for every phrase found, and the closures showed in profiles.
// `all` are in text order (see TermMatcher.matchEverywhere), and a span holding the match cannot start after it.
function insideLongerSpan(match: TermMatch<PhraseTerm>, all: readonly TermMatch<PhraseTerm>[]): boolean {
  const length = match.end - match.start;
  for (const other of all) {
    if (other.start > match.start) break;
    if (other.payload.kind === "phrase" && match.end <= other.end && other.end - other.start > length) return true;
  }
  return false;
}

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
