import type { Evidence } from "../domain/Evidence.js";
import { tokensOf, type FieldText } from "./ItemText.js";
import type { NameSpans, OrganizationCue, PhraseClassifier, PhraseTerm } from "./PhraseClassifier.js";
import { TermMatcher, type TermMatch } from "./TermMatcher.js";

/** The themes and the risks of one item, each with the phrases that justified it. */
export interface ThemesAndRisks {
  themes: Map<string, Evidence[]>;
  risks: Map<string, Evidence[]>;
}

/**
 * Themes and risks of an item in one pass over its words: the phrases of both classifiers share one matcher, so
 * each word is looked up once rather than once per classifier. The outcome is that of running each classifier
 * on its own; organization cues hint at themes only.
 */
export class ThemeRiskClassifier {
  private readonly matcher: TermMatcher<PhraseTerm>;

  constructor(
    private readonly themes: PhraseClassifier,
    private readonly risks: PhraseClassifier,
  ) {
    this.matcher = new TermMatcher([...themes.terms, ...risks.terms]);
  }

  classify(texts: readonly FieldText[], nameSpans: NameSpans, cues: readonly OrganizationCue[]): ThemesAndRisks {
    const themeMatches: TermMatch<PhraseTerm>[][] = [];
    const riskMatches: TermMatch<PhraseTerm>[][] = [];
    for (const fieldText of texts) {
      const themesHere: TermMatch<PhraseTerm>[] = [];
      const risksHere: TermMatch<PhraseTerm>[] = [];
      // Matches come in text order, and each classifier's in the order its own matcher would give them.
      for (const match of this.matcher.matchEverywhere(fieldText.text, tokensOf(fieldText))) {
        (match.payload.owner === this.themes ? themesHere : risksHere).push(match);
      }
      themeMatches.push(themesHere);
      riskMatches.push(risksHere);
    }
    return {
      themes: this.themes.classifyMatches(texts, themeMatches, nameSpans, cues),
      risks: this.risks.classifyMatches(texts, riskMatches, nameSpans),
    };
  }
}
