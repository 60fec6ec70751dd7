import type { GraphQLResolveInfo } from "graphql";
import type { ItemQuery } from "../store/GraphStore.js";
import type { ApiContext } from "./context.js";
import { pageRequest, toConnection, type ConnectionArgs } from "./connection.js";
import { selectedItemLinks } from "./itemLinkLookahead.js";
import { primeItemLinks } from "./loaders.js";
import { itemModel } from "./models.js";

/**
 * A connection of items for a query; the pages of all parents at one level are fetched in one store call, with
 * the links their rows show.
 */
export async function itemConnection(query: ItemQuery, args: ConnectionArgs, context: ApiContext, info: GraphQLResolveInfo) {
  const request = pageRequest(args);
  const selection = selectedItemLinks(info);
  if (selection === null) return toConnection(await context.loaders.itemPage.load({ query, page: request }), request, itemModel);
  const page = await context.loaders.itemPageWithLinks(selection).load({ query, page: request });
  primeItemLinks(context.loaders, page);
  return toConnection(page, request, itemModel);
}
