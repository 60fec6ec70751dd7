import type { Briefing } from "../domain/Briefing.js";
import type { Item, ItemCard } from "../domain/Item.js";
import type { Organization, OrganizationCard } from "../domain/Organization.js";
import type { Publisher } from "../domain/Publisher.js";
import type { Risk } from "../domain/Risk.js";
import type { Source } from "../domain/Source.js";
import type { Theme, ThemeCard } from "../domain/Theme.js";
import type { GraphNode } from "../store/GraphStore.js";
import { fromGlobalId } from "../domain/ids.js";

/** Counts known when an organization came from a ranked list; resolvers look them up otherwise. */
export interface OrganizationCounts {
  itemCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/**
 * The objects resolvers pass down: the store's records as they are, with what a parent already knows beside them
 * (counts from a ranked row). The Node interface finds a record's type from its global id, so a record needs no
 * type tag and is passed without a copy: 02's page of 31 items with their links made ~250 copies, ~0.17 ms of
 * its answer. Records are shared with the store (the embedded one keeps them): resolvers never change them.
 */
export type BriefingModel = Briefing & { itemCount?: number };
/** An item as the API passes it down: its card (item pages read no more), or the whole record (a node, a search hit). */
export type ItemModel = ItemCard & Partial<Item>;
/**
 * An organization as the API passes it down: whole, or only its card where the query asks no more of it than a
 * card answers (cardsAnswerField), which is the only place a card is passed down. Themes alike.
 */
export type OrganizationModel = OrganizationCard & Partial<Organization> & { counts?: OrganizationCounts };
export type ThemeModel = ThemeCard & Partial<Theme> & { itemCount?: number };
export type RiskModel = Risk & { itemCount?: number };
export type SourceModel = Source;
export type PublisherModel = Publisher & { itemCount?: number };
export type NodeModel = BriefingModel | ItemModel | OrganizationModel | ThemeModel | RiskModel | SourceModel | PublisherModel;

export const briefingModel = (b: Briefing, itemCount?: number): BriefingModel => (itemCount === undefined ? b : { ...b, itemCount });
export const itemModel = (i: ItemCard): ItemModel => i;
export const organizationModel = (o: Organization, counts?: OrganizationCounts): OrganizationModel => (counts ? { ...o, counts } : o);
export const organizationCardModel = (card: OrganizationCard): OrganizationModel => card;
export const themeCardModel = (card: ThemeCard): ThemeModel => card;
export const themeModel = (t: Theme, itemCount?: number): ThemeModel => (itemCount === undefined ? t : { ...t, itemCount });
export const riskModel = (r: Risk, itemCount?: number): RiskModel => (itemCount === undefined ? r : { ...r, itemCount });
export const sourceModel = (s: Source): SourceModel => s;
export const publisherModel = (p: Publisher, itemCount?: number): PublisherModel => (itemCount === undefined ? p : { ...p, itemCount });

/** The GraphQL type of a record passed down as a Node: the label its global id names. */
export const typeOfModel = (node: NodeModel): string | undefined => fromGlobalId(node.id)?.type;

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
