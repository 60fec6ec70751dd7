import type { z } from "zod";
import { Briefing } from "../../domain/Briefing.js";
import type { NodeType } from "../../domain/ids.js";
import { Item, ItemCard } from "../../domain/Item.js";
import { Organization, OrganizationCard } from "../../domain/Organization.js";
import { Publisher } from "../../domain/Publisher.js";
import { Risk } from "../../domain/Risk.js";
import { Source } from "../../domain/Source.js";
import { Theme, ThemeCard } from "../../domain/Theme.js";

type Props = Record<string, unknown>;

/**
 * A node record sent by a statement as the list of its property values in the order of its domain schema's keys,
 * instead of a map: the driver decodes every map key by key through Object.defineProperty and the keys travel
 * with every record, so the page of 31 items of 02 with its linked records took ~2.4 ms as maps and ~1.9 ms as
 * lists (the statement alone through the driver, p50, 10-year bench corpus).
 */
export interface PropertyList {
  /** Cypher for the list of `variable`'s properties, e.g. `[i.id, i.title, …]`. */
  cypher(variable: string): string;
  /** The property map back from such a list; absent properties (null in the list) are left out, as `n {.*}` does. */
  read(values: readonly unknown[]): Props;
  /** The `id` property in such a list. */
  idOf(values: readonly unknown[]): unknown;
}

export function propertyList(schema: z.ZodObject): PropertyList {
  const keys = Object.keys(schema.shape);
  const idIndex = keys.indexOf("id");
  if (idIndex < 0) throw new Error("propertyList: the schema has no id");
  return {
    idOf: (values) => values[idIndex],
    cypher: (variable) => `[${keys.map((key) => `${variable}.${key}`).join(", ")}]`,
    read: (values) => {
      const props: Props = {};
      for (let index = 0; index < keys.length; index += 1) {
        const value = values[index];
        if (value !== null && value !== undefined) props[keys[index] as string] = value;
      }
      return props;
    },
  };
}

/** The property list of every node type's record. */
export const NODE_PROPERTIES = {
  Briefing: propertyList(Briefing),
  Item: propertyList(Item),
  Organization: propertyList(Organization),
  Theme: propertyList(Theme),
  Risk: propertyList(Risk),
  Source: propertyList(Source),
  Publisher: propertyList(Publisher),
} satisfies Record<NodeType, PropertyList>;

/** The property lists of the cards of items, organizations and themes (ItemCard, OrganizationCard, ThemeCard). */
export const ITEM_CARD_PROPERTIES = propertyList(ItemCard);
export const ORGANIZATION_CARD_PROPERTIES = propertyList(OrganizationCard);
export const THEME_CARD_PROPERTIES = propertyList(ThemeCard);
