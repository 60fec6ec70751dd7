import { z } from "zod";
import { OrganizationKind } from "./Taxonomy.js";

/** An organization as a decision names it: its slug (the id's key) and the name it had when the analyst decided. */
export const ReviewedOrganization = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a slug is lower-case words joined by '-'"),
  name: z.string().trim().min(1),
});
export type ReviewedOrganization = z.infer<typeof ReviewedOrganization>;

const decided = { decidedAt: z.iso.datetime() };

/**
 * An analyst's decision about an organization, kept in the seeds directory's reviews.json and applied, in order, to
 * the taxonomy every extraction runs on:
 * - promote: a discovered name becomes a reviewed organization (confidence 1), optionally with a kind;
 * - rename: an organization gets a new display name; the old one stays as an alias and the id does not change;
 * - merge: the names of `organizations` become aliases of `into`, and they disappear from the graph;
 * - reject: a discovered name is not an organization and is never linked again.
 */
export const ReviewDecision = z.discriminatedUnion("action", [
  z.object({ action: z.literal("promote"), organization: ReviewedOrganization, kind: OrganizationKind.optional(), ...decided }),
  z.object({ action: z.literal("rename"), organization: ReviewedOrganization, to: z.string().trim().min(1), ...decided }),
  z.object({
    action: z.literal("merge"),
    organizations: z.array(ReviewedOrganization).min(1),
    into: ReviewedOrganization,
    ...decided,
  }),
  z.object({ action: z.literal("reject"), organization: ReviewedOrganization, ...decided }),
]);
export type ReviewDecision = z.infer<typeof ReviewDecision>;
export type ReviewAction = ReviewDecision["action"];

export const ReviewsFile = z.object({
  version: z.literal(1),
  decisions: z.array(ReviewDecision),
});
export type ReviewsFile = z.infer<typeof ReviewsFile>;
