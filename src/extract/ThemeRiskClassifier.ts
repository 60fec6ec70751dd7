import type { Evidence } from "../domain/Evidence.js";
import { tokensOf, type FieldText } from "./ItemText.js";
import type { NameSpans, OrganizationCue, PhraseClassifier, PhraseTerm } from "./PhraseClassifier.js";
import { TermMatcher, TermMatchList } from "./TermMatcher.js";

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
  /** The matches in the field at hand, reused from field to field (see TermMatcher.matchEverywhereInto). */
  private readonly found = new TermMatchList<PhraseTerm>();

  constructor(
    private readonly themes: PhraseClassifier,
    private readonly risks: PhraseClassifier,
  ) {
    this.matcher = new TermMatcher([...themes.terms, ...risks.terms]);
  }

  classify(texts: readonly FieldText[], nameSpans: NameSpans, cues: readonly OrganizationCue[]): ThemesAndRisks {
    const themes = this.themes.tally(cues);
    const risks = this.risks.tally([]);
    for (const fieldText of texts) {
      // Each classifier reads only its own matches, in text order, as its own matcher would give them.
      this.matcher.matchEverywhereInto(tokensOf(fieldText), this.found);
      this.themes.tallyMatches(themes, fieldText, this.found, nameSpans);
      this.risks.tallyMatches(risks, fieldText, this.found, nameSpans);
    }
    return { themes: themes.decided(), risks: risks.decided() };
  }
}
