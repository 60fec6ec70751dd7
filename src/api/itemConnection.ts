import { Kind, type FieldNode, type GraphQLField, type GraphQLResolveInfo } from "graphql";
import type { ItemQuery } from "../store/GraphStore.js";
import type { ApiContext } from "./context.js";
import { pageRequest, toConnection, type ConnectionArgs } from "./connection.js";
import { childFields, selectedItemLinks, selectsOnlyTotalCount, type FieldSelection } from "./itemLinkLookahead.js";
import { primeItemLinks } from "./loaders.js";
import { itemModel } from "./models.js";

/**
 * A connection of items for a query; the pages of all parents at one level are fetched in one store call, with
 * the links their rows show. When only totalCount is asked for, no row is read: `knownCount` (the number of items
 * the query matches, when the parent already knows it) answers without a store call, else the items are counted.
 */
export function itemConnection(query: ItemQuery, args: ConnectionArgs, context: ApiContext, info: GraphQLResolveInfo, knownCount?: number) {
  return loadItemConnection(query, args, context, info, knownCount);
}

/**
 * Starts loading, before the parent itself is read, the item connections that the parent's field `field` will
 * ask for, when the caller knows the query they will make (a briefing's items: its id follows from its date).
 * The nested resolver then finds its page already on the way in the request's loaders, so the parent and its
 * items take one round trip to the store instead of two in a row. Nothing is awaited; a failure surfaces in the
 * nested resolver, which awaits the same load.
 */
export function prefetchItemConnections(parentType: string, field: string, query: ItemQuery, context: ApiContext, info: GraphQLResolveInfo): void {
  const type = info.schema.getType(parentType);
  const definition = type && "getFields" in type ? type.getFields()[field] : undefined;
  if (definition === undefined || !("args" in definition)) return;
  for (const fieldNodes of childFields(info, field)) {
    const args = fieldNodes[0] && connectionArgs(definition, fieldNodes[0], info.variableValues);
    if (!args) continue; // the executor reports odd arguments itself, on the nested field
    loadItemConnection(query, args, context, { fieldNodes, fragments: info.fragments }).catch(() => undefined);
  }
}

/**
 * `first` and `after` of a connection field as the executor will pass them: literal, variable or default. Read
 * from the document by hand: graphql-js's own helpers refuse a schema built by another copy of the library (as
 * under the test runner). Null when an argument is not a plain literal or variable, or is not first or after.
 */
function connectionArgs(definition: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): ConnectionArgs | null {
  const args: Record<string, unknown> = {};
  for (const argument of definition.args) if (argument.defaultValue !== undefined) args[argument.name] = argument.defaultValue;
  for (const { name, value } of node.arguments ?? []) {
    if (name.value !== "first" && name.value !== "after") return null;
    if (value.kind === Kind.VARIABLE) {
      if (value.name.value in variables) args[name.value] = variables[value.name.value];
    } else if (value.kind === Kind.INT) args[name.value] = Number(value.value);
    else if (value.kind === Kind.STRING) args[name.value] = value.value;
    else if (value.kind === Kind.NULL) args[name.value] = null;
    else return null;
  }
  return args as ConnectionArgs;
}

async function loadItemConnection(query: ItemQuery, args: ConnectionArgs, context: ApiContext, field: FieldSelection, knownCount?: number) {
  const request = pageRequest(args);
  if (selectsOnlyTotalCount(field)) {
    const totalCount = knownCount ?? (await context.loaders.itemCount.load(query));
    return toConnection({ totalCount, rows: [] }, request, itemModel);
  }
  const selection = selectedItemLinks(field);
  if (selection === null) return toConnection(await context.loaders.itemPage.load({ query, page: request }), request, itemModel);
  const page = await context.loaders.itemPageWithLinks(selection).load({ query, page: request });
  primeItemLinks(context.loaders, page, selection.evidence);
  return toConnection(page, request, itemModel);
}
