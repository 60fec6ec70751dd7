import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import type { ItemLinkSelection } from "../store/GraphStore.js";

/**
 * Which links the rows of an item connection show (`edges { node { organizations … } }`, through fragments), so
 * that the page and those links come from the store in one call. Null when the rows show none.
 */
export function selectedItemLinks(info: GraphQLResolveInfo): ItemLinkSelection | null {
  const names = new Set<string>();
  for (const field of info.fieldNodes) collectFields(field.selectionSet, ["edges", "node"], info, names);
  const selection: ItemLinkSelection = {
    briefing: names.has("briefing"),
    organizations: names.has("organizations") || names.has("organizationLinks"),
    themes: names.has("themes") || names.has("themeLinks"),
    risks: names.has("risks") || names.has("riskLinks"),
    sources: names.has("sources"),
  };
  return Object.values(selection).some(Boolean) ? selection : null;
}

/** Adds to `names` the fields selected at `path` below `set`. */
function collectFields(set: SelectionSetNode | undefined, path: readonly string[], info: GraphQLResolveInfo, names: Set<string>): void {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (path.length === 0) names.add(selection.name.value);
      else if (selection.name.value === path[0]) collectFields(selection.selectionSet, path.slice(1), info, names);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collectFields(selection.selectionSet, path, info, names);
    } else {
      collectFields(info.fragments[selection.name.value]?.selectionSet, path, info, names);
    }
  }
}
