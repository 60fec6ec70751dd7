import { z } from "zod";
import { Evidence } from "./Evidence.js";

/** The kinds of typed relation between two organizations that the text of an item can state. */
export const RelationType = z.enum([
  "ACQUIRED",
  "PARTNERS_WITH",
  "INVESTS_IN",
  "SUPPLIES",
  "REGULATES",
  "SUES",
  "DISPUTES",
  "COMPETES_WITH",
]);
export type RelationType = z.infer<typeof RelationType>;

/**
 * "source <type> target", as one item states it ("Databricks acquires Antimatter": Databricks ACQUIRED Antimatter).
 * The evidence is the sentence that says so, located in the item's text, with the rule that matched it.
 */
export const Relation = z.object({
  itemId: z.string(),
  sourceId: z.string(),
  targetId: z.string(),
  type: RelationType,
  evidence: Evidence,
});
export type Relation = z.infer<typeof Relation>;

/** The key of a relation within its item: one relation per type and ordered pair of organizations. */
export function relationKey(relation: Pick<Relation, "type" | "sourceId" | "targetId">): string {
  return `${relation.type}:${relation.sourceId}:${relation.targetId}`;
}
