import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode, type ValueNode } from "graphql";

/** How deep an operation nests and roughly how many objects it may resolve. */
export interface OperationSize {
  depth: number;
  cost: number;
}

/** Arguments that bound how many children a field returns. */
const SIZE_ARGUMENTS = ["first", "limit"] as const;

/** The list size assumed for list fields without a size argument (an item's organizations, themes, sources). */
export const DEFAULT_LIST_SIZE = 1;

function argumentValue(value: ValueNode, variables: Record<string, unknown>): unknown {
  if (value.kind === Kind.VARIABLE) return variables[value.name.value];
  if (value.kind === Kind.INT) return Number(value.value);
  return undefined;
}

/**
 * Measures an operation before it runs: depth counts nested selection sets (fragments inlined);
 * cost counts the objects it may resolve: every field with a selection set, multiplied by the `first`/`limit`
 * of each enclosing field (or the schema default the caller passes when the argument is absent).
 * Scalars are not counted: they cost nothing beyond their object.
 */
export function measureOperation(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  defaultSizes: Readonly<Record<string, number>>,
): OperationSize {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }

  const walk = (set: SelectionSetNode, multiplier: number, depth: number, seen: ReadonlySet<string>): OperationSize => {
    let result: OperationSize = { depth, cost: 0 };
    const merge = (inner: OperationSize) => {
      result = { depth: Math.max(result.depth, inner.depth), cost: result.cost + inner.cost };
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seen.has(fragment.name.value)) {
          merge(walk(fragment.selectionSet, multiplier, depth, new Set([...seen, fragment.name.value])));
        }
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        merge(walk(selection.selectionSet, multiplier, depth, seen));
        continue;
      }
      const name = selection.name.value;
      // Introspection (__schema, __type) is bounded by the schema itself; explorers nest it 15 levels deep.
      if (name.startsWith("__")) continue;
      let size: number | undefined;
      for (const argument of selection.arguments ?? []) {
        if ((SIZE_ARGUMENTS as readonly string[]).includes(argument.name.value)) {
          const value = argumentValue(argument.value, variables);
          if (typeof value === "number") size = value;
        }
      }
      size ??= defaultSizes[name] ?? DEFAULT_LIST_SIZE;
      if (selection.selectionSet) {
        merge({ depth, cost: multiplier });
        merge(walk(selection.selectionSet, multiplier * Math.max(size, 1), depth + 1, seen));
      }
    }
    return result;
  };

  return walk(operation.selectionSet, 1, 1, new Set());
}
