import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";
import type { ItemLinkSelection } from "../store/GraphStore.js";

/**
 * The parts of a field's resolve info that lookahead reads: the field's nodes in the document (one per place the
 * same response key is selected) and the document's fragments.
 */
export interface FieldSelection {
  fieldNodes: readonly FieldNode[];
  fragments: Record<string, FragmentDefinitionNode>;
}

/**
 * Which links the rows of an item connection show (`edges { node { organizations … } }`, through fragments), so
 * that the page and those links come from the store in one call. Null when the rows show none.
 */
export function selectedItemLinks(field: FieldSelection): ItemLinkSelection | null {
  const names = selectedNames(field, ["edges", "node"]);
  const selection: ItemLinkSelection = {
    briefing: names.has("briefing"),
    organizations: names.has("organizations") || names.has("organizationLinks"),
    themes: names.has("themes") || names.has("themeLinks"),
    risks: names.has("risks") || names.has("riskLinks"),
    sources: names.has("sources"),
    evidence: names.has("organizationLinks") || names.has("themeLinks") || names.has("riskLinks"),
  };
  return Object.values(selection).some(Boolean) ? selection : null;
}

/**
 * Whether a connection's selection asks for nothing but its totalCount (`items(first: 1) { totalCount }`): then
 * no row need be read.
 */
export function selectsOnlyTotalCount(field: FieldSelection): boolean {
  return [...selectedNames(field, [])].every((name) => name === "totalCount" || name === "__typename");
}

/** Whether the field's selection asks for totalCount (through fragments too). */
export function selectsTotalCount(field: FieldSelection): boolean {
  return selectedNames(field, []).has("totalCount");
}

/**
 * The nodes of the fields named `name` directly below `field`'s selection (through fragments), grouped by
 * response key: each group is one field of the answer, as the executor will resolve it.
 */
export function childFields(field: FieldSelection, name: string): FieldNode[][] {
  const groups = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== name) continue;
        const key = selection.alias?.value ?? name;
        groups.set(key, [...(groups.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        visit(field.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of field.fieldNodes) visit(node.selectionSet);
  return [...groups.values()];
}

/** The names of the fields selected at `path` below a field. */
function selectedNames(field: FieldSelection, path: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const node of field.fieldNodes) collectFields(node.selectionSet, path, field.fragments, names);
  return names;
}

/** Adds to `names` the fields selected at `path` below `set`. */
function collectFields(
  set: SelectionSetNode | undefined,
  path: readonly string[],
  fragments: Record<string, FragmentDefinitionNode>,
  names: Set<string>,
): void {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (path.length === 0) names.add(selection.name.value);
      else if (selection.name.value === path[0]) collectFields(selection.selectionSet, path.slice(1), fragments, names);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collectFields(selection.selectionSet, path, fragments, names);
    } else {
      collectFields(fragments[selection.name.value]?.selectionSet, path, fragments, names);
    }
  }
}
