import type { ReviewDecision, ReviewedOrganization } from "../domain/ReviewDecision.js";
import type { TaxonomyOrganization } from "../domain/Taxonomy.js";
import { normalizeName } from "../domain/normalizeName.js";
import type { Taxonomy } from "../extract/loadTaxonomy.js";

/**
 * The taxonomy with the analysts' decisions applied in the order they were taken. A promoted, renamed or merged
 * discovered name becomes a reviewed organization under its discovered slug, so that its id never changes. Its names
 * are matched with their exact letter case: discovery only ever saw them capitalised, and "Harbor" the company must
 * not be "harbor" the word.
 */
export function applyReviews(taxonomy: Taxonomy, decisions: readonly ReviewDecision[]): Taxonomy {
  if (decisions.length === 0) return taxonomy;
  const bySlug = new Map(taxonomy.organizations.map((o) => [o.slug, o]));
  const rejected = new Set(taxonomy.rejectedOrganizations);
  for (const decision of decisions) {
    switch (decision.action) {
      case "promote": {
        const current = bySlug.get(decision.organization.slug) ?? fromDiscovery(decision.organization);
        bySlug.set(current.slug, { ...current, kind: decision.kind ?? current.kind });
        rejected.delete(current.slug);
        break;
      }
      case "rename": {
        const known = bySlug.get(decision.organization.slug);
        const current = known ?? fromDiscovery(decision.organization);
        const renamed = withNames({ ...current, name: decision.to }, [current.name], known === undefined);
        bySlug.set(current.slug, known === undefined ? { ...renamed, caseSensitive: union(renamed.caseSensitive, [decision.to]) } : renamed);
        rejected.delete(current.slug);
        break;
      }
      case "merge": {
        let into = bySlug.get(decision.into.slug) ?? fromDiscovery(decision.into);
        for (const merged of decision.organizations) {
          if (merged.slug === into.slug) continue;
          const known = bySlug.get(merged.slug);
          bySlug.delete(merged.slug);
          rejected.delete(merged.slug);
          into = known === undefined ? withNames(into, [merged.name], true) : absorb(into, known);
        }
        bySlug.set(into.slug, into);
        rejected.delete(into.slug);
        break;
      }
      case "reject":
        if (!bySlug.has(decision.organization.slug)) rejected.add(decision.organization.slug);
        break;
    }
  }
  return { ...taxonomy, organizations: [...bySlug.values()], rejectedOrganizations: rejected };
}

/** `into` with every name and product of `other`, which a merge removes. */
function absorb(into: TaxonomyOrganization, other: TaxonomyOrganization): TaxonomyOrganization {
  const named = withNames(into, [other.name, ...other.aliases], false);
  return {
    ...named,
    products: union(into.products, other.products),
    caseSensitive: union(into.caseSensitive, other.caseSensitive),
  };
}

/** A discovered name as a taxonomy entry: a company until the analyst says otherwise, matched case-sensitively. */
function fromDiscovery(organization: ReviewedOrganization): TaxonomyOrganization {
  return {
    slug: organization.slug,
    name: organization.name,
    kind: "company",
    aliases: [],
    products: [],
    caseSensitive: [organization.name],
  };
}

/** Adds `names` as aliases (skipping ones already known), case-sensitive when they come from discovery. */
function withNames(organization: TaxonomyOrganization, names: readonly string[], caseSensitive: boolean): TaxonomyOrganization {
  const known = new Set([organization.name, ...organization.aliases].map(normalizeName));
  const added = names.filter((n) => !known.has(normalizeName(n)));
  return {
    ...organization,
    aliases: [...organization.aliases, ...added],
    caseSensitive: caseSensitive ? union(organization.caseSensitive, names) : organization.caseSensitive,
  };
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
