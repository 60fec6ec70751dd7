import type { OrganizationKind } from "../domain/Taxonomy.js";
import type { ReviewDecision, ReviewedOrganization } from "../domain/ReviewDecision.js";
import { normalizeName } from "../domain/normalizeName.js";
import { BadUserInputError } from "../errors.js";
import type { Taxonomy } from "../extract/loadTaxonomy.js";

/** What an analyst asks for, before it is checked and dated. */
export type ReviewRequest =
  | { action: "promote"; organization: ReviewedOrganization; kind?: OrganizationKind }
  | { action: "rename"; organization: ReviewedOrganization; to: string }
  | { action: "merge"; organizations: ReviewedOrganization[]; into: ReviewedOrganization }
  | { action: "reject"; organization: ReviewedOrganization };

/**
 * Refuses requests that make no sense against the current (reviewed) taxonomy, with a message saying what to do
 * instead; answers the dated decision otherwise.
 */
export function checkDecision(request: ReviewRequest, taxonomy: Taxonomy, now: Date = new Date()): ReviewDecision {
  const reviewed = new Map(taxonomy.organizations.map((o) => [o.slug, o]));
  const decidedAt = now.toISOString();
  switch (request.action) {
    case "promote": {
      const known = reviewed.get(request.organization.slug);
      if (known !== undefined && (request.kind === undefined || request.kind === known.kind)) {
        throw new BadUserInputError(`"${known.name}" is already a reviewed organization (${known.kind}); nothing to promote`);
      }
      return { ...request, decidedAt };
    }
    case "rename": {
      const to = request.to.trim();
      if (normalizeName(to) === "") throw new BadUserInputError("the new name needs at least one letter or digit");
      const holder = taxonomy.organizations.find(
        (o) => o.slug !== request.organization.slug && [o.name, ...o.aliases].some((n) => normalizeName(n) === normalizeName(to)),
      );
      if (holder !== undefined) {
        throw new BadUserInputError(`"${to}" already names ${holder.name} (${holder.slug}); merge the two organizations instead`);
      }
      if (to === (reviewed.get(request.organization.slug)?.name ?? request.organization.name)) {
        throw new BadUserInputError(`the organization is already named "${to}"`);
      }
      return { ...request, to, decidedAt };
    }
    case "merge": {
      const organizations = dedupe(request.organizations).filter((o) => o.slug !== request.into.slug);
      if (organizations.length === 0) {
        throw new BadUserInputError(`name at least one organization other than "${request.into.name}" to merge into it`);
      }
      return { action: "merge", organizations, into: request.into, decidedAt };
    }
    case "reject": {
      const known = reviewed.get(request.organization.slug);
      if (known !== undefined) {
        throw new BadUserInputError(
          `"${known.name}" is a reviewed organization; only discovered names can be rejected (merge it into another instead)`,
        );
      }
      return { ...request, decidedAt };
    }
  }
}

function dedupe(organizations: readonly ReviewedOrganization[]): ReviewedOrganization[] {
  return [...new Map(organizations.map((o) => [o.slug, o])).values()];
}
