import type { Evidence } from "../domain/Evidence.js";
import type { TaxonomyOrganization } from "../domain/Taxonomy.js";
import { normalizeName } from "../domain/normalizeName.js";
import { TermMatcher, type Term } from "./TermMatcher.js";
import { addEvidence, tokensOf, type FieldText, type TextField } from "./ItemText.js";

type NameRole = "name" | "alias" | "product";

interface OrganizationTerm {
  slug: string;
  role: NameRole;
}

/** Where a known organization is mentioned in a field, and whether by its name (or alias) or by a product. */
export interface KnownMention {
  start: number;
  end: number;
  slug: string;
  role: NameRole;
}

/** The known organizations of an item's texts: evidence per organization slug, and every mention per field. */
export interface FinderScan {
  found: Map<string, Evidence[]>;
  mentions: Map<TextField, KnownMention[]>;
}

// Words that, right after a product's name, make it part of a company's name instead: "Comet ML" is not Comet.
const COMPANY_ENDINGS = new Set(
  "ml labs lab inc corp corporation ltd llc technologies research robotics systems capital ventures partners holdings group security networks"
    .split(" "),
);

/** Finds the taxonomy's organizations in text by name, alias or product (Claude -> Anthropic). */
export class OrganizationFinder {
  private readonly matcher: TermMatcher<OrganizationTerm>;
  private readonly slugByName = new Map<string, string>();

  constructor(organizations: readonly TaxonomyOrganization[]) {
    const terms: Term<OrganizationTerm>[] = [];
    for (const org of organizations) {
      const caseSensitive = new Set(org.caseSensitive);
      const add = (text: string, role: NameRole) =>
        terms.push({ text, caseSensitive: caseSensitive.has(text), payload: { slug: org.slug, role } });
      add(org.name, "name");
      for (const alias of org.aliases) add(alias, "alias");
      for (const product of org.products) add(product, "product");
      for (const name of [org.slug.replace(/-/g, " "), org.name, ...org.aliases]) {
        const key = normalizeName(name);
        if (!this.slugByName.has(key)) this.slugByName.set(key, org.slug);
      }
    }
    this.matcher = new TermMatcher(terms);
  }

  /** Organization slugs named in the texts, with evidence, in order of first mention. */
  find(texts: readonly FieldText[]): Map<string, Evidence[]> {
    return this.scan(texts).found;
  }

  /**
   * The organizations named in the texts, and where every mention is (by field), so that discovery and theme
   * rules can leave known names alone.
   */
  scan(texts: readonly FieldText[]): FinderScan {
    const found = new Map<string, Evidence[]>();
    const mentions = new Map<TextField, KnownMention[]>();
    for (const fieldText of texts) {
      const { field, text } = fieldText;
      const tokens = tokensOf(fieldText);
      const fieldMentions: KnownMention[] = [];
      for (const match of this.matcher.match(text, tokens)) {
        const { slug, role } = match.payload;
        const next = tokens[match.endToken];
        if (role === "product" && next?.joinedToPrevious && /^\p{Lu}/u.test(next.text) && COMPANY_ENDINGS.has(next.lower)) {
          continue;
        }
        fieldMentions.push({ start: match.start, end: match.end, slug, role });
        addEvidence(found, slug, {
          rule: `taxonomy-${role}`,
          field,
          text: text.slice(match.start, match.end),
          start: match.start,
          end: match.end,
        });
      }
      mentions.set(field, fieldMentions);
    }
    return { found, mentions };
  }

  /** The taxonomy organization whose name, alias or slug is `name` once normalised ("luka" -> Luka Inc.), or null. */
  slugOfName(name: string): string | null {
    return this.slugByName.get(normalizeName(name)) ?? null;
  }
}
