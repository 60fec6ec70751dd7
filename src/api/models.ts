import type { Briefing } from "../domain/Briefing.js";
import type { Item } from "../domain/Item.js";
import type { Organization } from "../domain/Organization.js";
import type { Publisher } from "../domain/Publisher.js";
import type { Risk } from "../domain/Risk.js";
import type { Source } from "../domain/Source.js";
import type { Theme } from "../domain/Theme.js";
import type { GraphNode } from "../store/GraphStore.js";

/** Counts known when an organization came from a ranked list; resolvers look them up otherwise. */
export interface OrganizationCounts {
  itemCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** The objects resolvers pass down: store records tagged with their GraphQL type. */
export type BriefingModel = Briefing & { __typename: "Briefing"; itemCount?: number };
export type ItemModel = Item & { __typename: "Item" };
export type OrganizationModel = Organization & { __typename: "Organization"; counts?: OrganizationCounts };
export type ThemeModel = Theme & { __typename: "Theme"; itemCount?: number };
export type RiskModel = Risk & { __typename: "Risk"; itemCount?: number };
export type SourceModel = Source & { __typename: "Source" };
export type PublisherModel = Publisher & { __typename: "Publisher"; itemCount?: number };
export type NodeModel = BriefingModel | ItemModel | OrganizationModel | ThemeModel | RiskModel | SourceModel | PublisherModel;

export const briefingModel = (b: Briefing, itemCount?: number): BriefingModel =>
  itemCount === undefined ? { ...b, __typename: "Briefing" } : { ...b, __typename: "Briefing", itemCount };
export const itemModel = (i: Item): ItemModel => ({ ...i, __typename: "Item" });
export const organizationModel = (o: Organization, counts?: OrganizationCounts): OrganizationModel =>
  counts ? { ...o, __typename: "Organization", counts } : { ...o, __typename: "Organization" };
export const themeModel = (t: Theme, itemCount?: number): ThemeModel =>
  itemCount === undefined ? { ...t, __typename: "Theme" } : { ...t, __typename: "Theme", itemCount };
export const riskModel = (r: Risk, itemCount?: number): RiskModel =>
  itemCount === undefined ? { ...r, __typename: "Risk" } : { ...r, __typename: "Risk", itemCount };
export const sourceModel = (s: Source): SourceModel => ({ ...s, __typename: "Source" });
export const publisherModel = (p: Publisher, itemCount?: number): PublisherModel =>
  itemCount === undefined ? { ...p, __typename: "Publisher" } : { ...p, __typename: "Publisher", itemCount };

/** Wraps any stored node for the API. */
export function nodeModel(node: GraphNode): NodeModel {
  switch (node.type) {
    case "Briefing":
      return briefingModel(node.value);
    case "Item":
      return itemModel(node.value);
    case "Organization":
      return organizationModel(node.value);
    case "Theme":
      return themeModel(node.value);
    case "Risk":
      return riskModel(node.value);
    case "Source":
      return sourceModel(node.value);
    case "Publisher":
      return publisherModel(node.value);
  }
}
