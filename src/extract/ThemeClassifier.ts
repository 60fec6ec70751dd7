import type { TaxonomyTheme } from "../domain/Taxonomy.js";
import { PhraseClassifier } from "./PhraseClassifier.js";

export { MAX_GAP_WORDS, type NameSpans, type OrganizationCue } from "./PhraseClassifier.js";

/** Tags items with the taxonomy's themes, keyed by slug; evidence rules theme-strong, theme-weak, theme-organization. */
export class ThemeClassifier extends PhraseClassifier {
  constructor(themes: readonly TaxonomyTheme[]) {
    super(
      themes.map((t) => ({ key: t.slug, strong: t.strong, weak: t.weak })),
      "theme",
    );
  }
}
