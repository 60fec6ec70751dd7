import type { Evidence } from "../domain/Evidence.js";
import type { TaxonomyTheme } from "../domain/Taxonomy.js";
import { TermMatcher, type Term } from "./TermMatcher.js";
import { addEvidence, type FieldText } from "./ItemText.js";

interface ThemeTerm {
  slug: string;
  strength: "strong" | "weak";
}

/**
 * Tags items with themes from the taxonomy's phrase rules: one strong phrase is enough,
 * weak phrases count only when two different ones occur in the same item.
 */
export class ThemeClassifier {
  private readonly matcher: TermMatcher<ThemeTerm>;

  constructor(themes: readonly TaxonomyTheme[]) {
    const terms: Term<ThemeTerm>[] = [];
    for (const theme of themes) {
      for (const text of theme.strong) terms.push({ text, caseSensitive: false, payload: { slug: theme.slug, strength: "strong" } });
      for (const text of theme.weak) terms.push({ text, caseSensitive: false, payload: { slug: theme.slug, strength: "weak" } });
    }
    this.matcher = new TermMatcher(terms);
  }

  /** Theme slugs of an item, with the phrases that justified each. */
  classify(texts: readonly FieldText[]): Map<string, Evidence[]> {
    const strong = new Map<string, Evidence[]>();
    const weak = new Map<string, Evidence[]>();
    const weakTerms = new Map<string, Set<string>>();
    for (const { field, text } of texts) {
      for (const match of this.matcher.match(text)) {
        const { slug, strength } = match.payload;
        const evidence: Evidence = {
          rule: `theme-${strength}`,
          field,
          text: text.slice(match.start, match.end),
          start: match.start,
          end: match.end,
        };
        if (strength === "strong") {
          addEvidence(strong, slug, evidence);
        } else {
          addEvidence(weak, slug, evidence);
          const seen = weakTerms.get(slug) ?? new Set<string>();
          seen.add(match.term.toLowerCase());
          weakTerms.set(slug, seen);
        }
      }
    }
    for (const [slug, evidence] of weak) {
      if ((weakTerms.get(slug)?.size ?? 0) >= 2 && !strong.has(slug)) strong.set(slug, evidence);
    }
    return strong;
  }
}
