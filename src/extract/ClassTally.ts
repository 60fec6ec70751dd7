import type { Evidence } from "../domain/Evidence.js";
import { MAX_EVIDENCE_PER_LINK, type TextField } from "./ItemText.js";

/** How much one phrase says about its class: one strong phrase suffices, weak ones need another beside them. */
export type Strength = "strong" | "weak";

/** The weak hits of one class so far. */
interface WeakHits {
  evidence: Evidence[];
  /** The stem of the first weak hit, and whether a hit of another stem followed. */
  firstStem: string;
  stems: 1 | 2;
  /** Whether a hit lies outside the details. */
  outsideDetails: boolean;
}

/**
 * The hits of one classifier on one item, in the order found, and the classes they decide: a class with a strong
 * hit, or with weak hits of two different stems at least one of which is outside the details. Evidence is kept in
 * the order found, strong first, MAX_EVIDENCE_PER_LINK per class; it is only cut out of the text for the hits kept,
 * as most hits are not.
 */
export class ClassTally {
  // Made at the first hit of their kind: many items have no weak hit, or no hit at all, for a classifier.
  private strong: Map<string, Evidence[]> | null = null;
  private weak: Map<string, WeakHits> | null = null;

  /** The evidence rules of strong, weak and organization hits: "theme-strong", "theme-weak"… */
  constructor(private readonly ruleNames: { strong: string; weak: string; organization: string }) {}

  /** A phrase of class `key` at text[start, end) of `field`. */
  addPhrase(key: string, strength: Strength, stem: string, field: TextField, text: string, start: number, end: number): void {
    const list = this.listFor(key, strength, stem, field);
    if (list.length < MAX_EVIDENCE_PER_LINK) {
      list.push({ rule: strength === "strong" ? this.ruleNames.strong : this.ruleNames.weak, field, text: text.slice(start, end), start, end });
    }
  }

  /** A weak hint for class `key` from an organization the item names, where `evidence` says it is named. */
  addCue(key: string, evidence: Evidence): void {
    const list = this.listFor(key, "weak", "<organization>", evidence.field);
    if (list.length < MAX_EVIDENCE_PER_LINK) {
      // Spelled out rather than spread: a spread copy would take a shape of its own among the evidence records.
      const { field, text, start, end } = evidence;
      list.push({ rule: this.ruleNames.organization, field, text, start, end });
    }
  }

  /** The classes decided, with their evidence: those with a strong hit first, in the order of their first hits. */
  decided(): Map<string, Evidence[]> {
    const decided = this.strong ?? new Map<string, Evidence[]>();
    if (this.weak === null) return decided;
    for (const [key, weak] of this.weak) {
      if (!decided.has(key) && weak.stems === 2 && weak.outsideDetails) decided.set(key, weak.evidence);
    }
    return decided;
  }

  /** The evidence list a hit goes to, the hit counted. */
  private listFor(key: string, strength: Strength, stem: string, field: TextField): Evidence[] {
    if (strength === "strong") {
      this.strong ??= new Map();
      let list = this.strong.get(key);
      if (list === undefined) {
        list = [];
        this.strong.set(key, list);
      }
      return list;
    }
    this.weak ??= new Map();
    let weak = this.weak.get(key);
    if (weak === undefined) {
      weak = { evidence: [], firstStem: stem, stems: 1, outsideDetails: false };
      this.weak.set(key, weak);
    } else if (stem !== weak.firstStem) {
      weak.stems = 2;
    }
    if (field !== "details") weak.outsideDetails = true;
    return weak.evidence;
  }
}
