import { z } from "zod";
import { Briefing } from "./Briefing.js";
import { Evidence } from "./Evidence.js";
import { Item } from "./Item.js";
import { Organization } from "./Organization.js";
import { Publisher } from "./Publisher.js";
import { Relation } from "./Relation.js";
import { Risk } from "./Risk.js";
import { Source } from "./Source.js";
import { Theme } from "./Theme.js";

/** A link from an item to an organization, theme or risk, with the evidence that produced it. */
export const EvidencedLink = z.object({
  itemId: z.string(),
  targetId: z.string(),
  evidence: z.array(Evidence).min(1),
});
export type EvidencedLink = z.infer<typeof EvidencedLink>;

/** A link from an item to a cited source, in citation order. */
export const SourceLink = z.object({
  itemId: z.string(),
  sourceId: z.string(),
  position: z.number().int().nonnegative(),
});
export type SourceLink = z.infer<typeof SourceLink>;

/**
 * Everything one briefing contributes to the graph: the unit a store writes atomically.
 * Organizations, themes, risks, publishers and sources are shared with other briefings and merged by id.
 */
export const BriefingGraph = z.object({
  briefing: Briefing,
  items: z.array(Item),
  organizations: z.array(Organization),
  themes: z.array(Theme),
  /** Risk subdomains the briefing's items have. */
  risks: z.array(Risk),
  publishers: z.array(Publisher),
  sources: z.array(Source),
  itemOrganizations: z.array(EvidencedLink),
  itemThemes: z.array(EvidencedLink),
  itemRisks: z.array(EvidencedLink),
  itemSources: z.array(SourceLink),
  /** Typed relations between organizations that the items state, each with its item and sentence. */
  relations: z.array(Relation),
});
export type BriefingGraph = z.infer<typeof BriefingGraph>;
