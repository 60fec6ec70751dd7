import { Briefing } from "../../domain/Briefing.js";
import { Evidence } from "../../domain/Evidence.js";
import { Item, ItemCard } from "../../domain/Item.js";
import { Organization, OrganizationCard } from "../../domain/Organization.js";
import { Publisher } from "../../domain/Publisher.js";
import { Risk } from "../../domain/Risk.js";
import { Source } from "../../domain/Source.js";
import { Theme, ThemeCard } from "../../domain/Theme.js";
import type { NodeType } from "../../domain/ids.js";
import type { GraphNode } from "../GraphStore.js";
import { z } from "zod";

/** Property maps read from Neo4j, checked with the domain schemas (extra properties such as `names` are dropped). */
type Props = Record<string, unknown>;

export const toBriefing = (p: Props): Briefing => Briefing.parse(p);
export const toItem = (p: Props): Item => Item.parse({ summary: null, details: null, priority: null, ...p });
export const toItemCard = (p: Props): ItemCard => ItemCard.parse({ summary: null, details: null, priority: null, ...p });
export const toOrganization = (p: Props): Organization => Organization.parse(p);
export const toOrganizationCard = (p: Props): OrganizationCard => OrganizationCard.parse(p);
export const toTheme = (p: Props): Theme => Theme.parse(p);
export const toThemeCard = (p: Props): ThemeCard => ThemeCard.parse(p);
export const toRisk = (p: Props): Risk => Risk.parse(p);
export const toSource = (p: Props): Source => Source.parse(p);
export const toPublisher = (p: Props): Publisher => Publisher.parse(p);

const EvidenceList = z.array(Evidence);

/** Evidence is stored on relationships as a JSON string (Neo4j properties cannot hold maps). */
export function toEvidence(json: unknown): Evidence[] {
  return typeof json === "string" ? EvidenceList.parse(JSON.parse(json)) : [];
}

export function toGraphNode(type: NodeType, p: Props): GraphNode {
  switch (type) {
    case "Briefing":
      return { type, value: toBriefing(p) };
    case "Item":
      return { type, value: toItem(p) };
    case "Organization":
      return { type, value: toOrganization(p) };
    case "Theme":
      return { type, value: toTheme(p) };
    case "Risk":
      return { type, value: toRisk(p) };
    case "Source":
      return { type, value: toSource(p) };
    case "Publisher":
      return { type, value: toPublisher(p) };
  }
}

/** Groups rows by a key into lists aligned with `ids`. */
export function groupBy<R, T>(ids: readonly string[], rows: R[], key: (row: R) => string, value: (row: R) => T): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(key(row))?.push(value(row));
  return ids.map((id) => groups.get(id) ?? []);
}
