import type { TaxonomyRiskDomain } from "../domain/Taxonomy.js";
import { PhraseClassifier } from "./PhraseClassifier.js";

/**
 * Tags items with risk subdomains of the MIT AI Risk Repository, keyed by code ("2.2"), with the same rules as themes:
 * one strong phrase, or two weak phrases of different stems outside the details alone. Evidence rules risk-strong
 * and risk-weak.
 */
export class RiskClassifier extends PhraseClassifier {
  constructor(domains: readonly TaxonomyRiskDomain[]) {
    super(
      domains.flatMap((d) => d.subdomains.map((s) => ({ key: s.code, strong: s.strong, weak: s.weak }))),
      "risk",
    );
  }
}
