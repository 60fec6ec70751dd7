import type { Evidence } from "../domain/Evidence.js";
import type { TaxonomyOrganization } from "../domain/Taxonomy.js";
import { TermMatcher, type Term } from "./TermMatcher.js";
import { addEvidence, type FieldText } from "./ItemText.js";

type NameRole = "name" | "alias" | "product";

interface OrganizationTerm {
  slug: string;
  role: NameRole;
}

/** Finds the taxonomy's organizations in text by name, alias or product (Claude -> Anthropic). */
export class OrganizationFinder {
  private readonly matcher: TermMatcher<OrganizationTerm>;

  constructor(organizations: readonly TaxonomyOrganization[]) {
    const terms: Term<OrganizationTerm>[] = [];
    for (const org of organizations) {
      const caseSensitive = new Set(org.caseSensitive);
      const add = (text: string, role: NameRole) =>
        terms.push({ text, caseSensitive: caseSensitive.has(text), payload: { slug: org.slug, role } });
      add(org.name, "name");
      for (const alias of org.aliases) add(alias, "alias");
      for (const product of org.products) add(product, "product");
    }
    this.matcher = new TermMatcher(terms);
  }

  /** Organization slugs named in the texts, with evidence, in order of first mention. */
  find(texts: readonly FieldText[]): Map<string, Evidence[]> {
    const found = new Map<string, Evidence[]>();
    for (const { field, text } of texts) {
      for (const match of this.matcher.match(text)) {
        addEvidence(found, match.payload.slug, {
          rule: `taxonomy-${match.payload.role}`,
          field,
          text: text.slice(match.start, match.end),
          start: match.start,
          end: match.end,
        });
      }
    }
    return found;
  }

  /** Offsets covered by known names, so that discovery does not take them for new organizations. */
  knownSpans(text: string): Array<[number, number]> {
    return this.matcher.match(text).map((m) => [m.start, m.end]);
  }
}
