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
    organizationCards:
      names.has("organizations") && !names.has("organizationLinks") && cardsAnswer(field, ["edges", "node", "organizations"], "Organization"),
    themeCards: names.has("themes") && !names.has("themeLinks") && cardsAnswer(field, ["edges", "node", "themes"], "Theme"),
  };
  return Object.values(selection).some(Boolean) ? selection : null;
}

/**
 * Fields that a card (OrganizationCard, ThemeCard) answers: the card's own, and those resolved from the id. A
 * field added to the schema is not here until someone checks that a card answers it, so it gets whole records.
 */
const CARD_FIELDS = {
  Organization: new Set(["__typename", "id", "name", "slug", "aliases", "itemCount", "firstSeen", "lastSeen", "items", "themes", "connectedOrganizations", "relations"]),
  Theme: new Set(["__typename", "id", "slug", "name", "itemCount", "items", "organizations", "trend"]),
};

export type CardType = keyof typeof CARD_FIELDS;

function cardsAnswer(field: FieldSelection, path: readonly string[], type: CardType): boolean {
  return [...selectedNames(field, path)].every((name) => CARD_FIELDS[type].has(name));
}

// By the field's nodes, which graphql-js shares among the rows of a list: one look at the selection per list (and
// a field lists one type).
const cardsAnswerByField = new WeakMap<readonly FieldNode[], boolean>();

/**
 * Whether a field that lists records of `type` (Item.organizations, Item.themes) asks nothing of them that a card
 * does not answer, so that cards brought by an item page may answer it.
 */
export function cardsAnswerField(field: FieldSelection, type: CardType): boolean {
  let answer = cardsAnswerByField.get(field.fieldNodes);
  if (answer === undefined) {
    answer = cardsAnswer(field, [], type);
    cardsAnswerByField.set(field.fieldNodes, answer);
  }
  return answer;
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
