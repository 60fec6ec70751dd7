import { z } from "zod";
import { OrganizationKind } from "./Taxonomy.js";

/** A stored organization: from the reviewed taxonomy (confidence 1) or discovered in text (confidence < 1). */
export const Organization = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string().min(1),
  kind: OrganizationKind,
  aliases: z.array(z.string()),
  confidence: z.number().min(0).max(1),
  reviewed: z.boolean(),
});
export type Organization = z.infer<typeof Organization>;

/**
 * What a list of organization names shows of each: item pages read only this of their organizations when the query
 * asks no more of them, which spares the database and the driver three properties a link.
 */
export const OrganizationCard = Organization.pick({ id: true, slug: true, name: true, aliases: true });
export type OrganizationCard = z.infer<typeof OrganizationCard>;
