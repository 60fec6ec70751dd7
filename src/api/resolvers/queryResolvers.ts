import { toGlobalId } from "../../domain/ids.js";
import type { Item } from "../../domain/Item.js";
import type { ItemOrder, ItemQuery, OrganizationOrder } from "../../store/GraphStore.js";
import type { GraphQLResolveInfo } from "graphql";
import type { ApiContext } from "../context.js";
import { itemConnection, prefetchItemConnections } from "../itemConnection.js";
import { selectsTotalCount } from "../itemLinkLookahead.js";
import { pageRequest, toConnection, type ConnectionArgs } from "../connection.js";
import { briefingModel, nodeModel, organizationModel, publisherModel, riskModel, themeModel } from "../models.js";

/** The `items(filter:)` argument as the schema declares it. */
export interface ItemFilterInput {
  organization?: string | null;
  theme?: string | null;
  risk?: string | null;
  publisher?: string | null;
  from?: string | null;
  to?: string | null;
  section?: Item["section"] | null;
  text?: string | null;
}

/**
 * The store query of a filter: names of themes, risks and publishers turned into ids, an organization's name left
 * for the store to resolve in the same call (an unknown one matches no item).
 */
function itemQueryOf(filter: ItemFilterInput | null | undefined): ItemQuery {
  const query: ItemQuery = {};
  if (!filter) return query;
  if (filter.organization != null) query.organizationName = filter.organization;
  if (filter.theme != null) query.themeId = toGlobalId("Theme", filter.theme);
  if (filter.risk != null) query.riskId = toGlobalId("Risk", filter.risk.trim());
  if (filter.publisher != null) query.publisherId = toGlobalId("Publisher", filter.publisher.trim().toLowerCase().replace(/^www\./, ""));
  if (filter.from != null) query.from = filter.from;
  if (filter.to != null) query.to = filter.to;
  if (filter.section != null) query.section = filter.section;
  if (filter.text != null && filter.text.trim() !== "") query.text = filter.text.trim();
  return query;
}

export const queryResolvers = {
  node: async (_: unknown, args: { id: string }, context: ApiContext) => {
    const node = await context.loaders.node.load(args.id);
    return node ? nodeModel(node) : null;
  },

  nodes: async (_: unknown, args: { ids: string[] }, context: ApiContext) => {
    const nodes = await context.loaders.node.loadMany(args.ids);
    return nodes.map((node) => (node && !(node instanceof Error) ? nodeModel(node) : null));
  },

  briefings: async (_: unknown, args: ConnectionArgs, context: ApiContext) => {
    const request = pageRequest(args);
    return toConnection(await context.store.briefings(request), request, (row) => briefingModel(row.briefing, row.itemCount));
  },

  briefing: async (_: unknown, args: { date: string }, context: ApiContext, info: GraphQLResolveInfo) => {
    // A briefing's id follows from its date: its items are asked for while the briefing is read.
    prefetchItemConnections("Briefing", "items", { briefingId: toGlobalId("Briefing", args.date) }, context, info);
    const briefing = await context.store.briefingByDate(args.date);
    return briefing ? briefingModel(briefing) : null;
  },

  items: async (
    _: unknown,
    args: ConnectionArgs & { filter?: ItemFilterInput | null; orderBy?: ItemOrder | null },
    context: ApiContext,
    info: GraphQLResolveInfo,
  ) => {
    const filtered = itemQueryOf(args.filter);
    const query = args.orderBy === "OLDEST_FIRST" ? { ...filtered, order: args.orderBy } : filtered;
    return itemConnection(query, args, context, info);
  },

  organization: async (_: unknown, args: { name: string }, context: ApiContext) => {
    const organization = await context.store.organizationByName(args.name);
    return organization ? organizationModel(organization) : null;
  },

  organizations: async (
    _: unknown,
    args: ConnectionArgs & { orderBy?: OrganizationOrder | null; filter?: { from?: string | null; to?: string | null } | null },
    context: ApiContext,
    info: GraphQLResolveInfo,
  ) => {
    const request = { ...pageRequest(args), countTotal: selectsTotalCount(info) };
    const range = { from: args.filter?.from ?? undefined, to: args.filter?.to ?? undefined };
    const page = await context.store.organizations(range, args.orderBy ?? "NAME_ASC", request);
    return toConnection(page, request, (s) =>
      organizationModel(s.organization, { itemCount: s.itemCount, firstSeen: s.firstSeen, lastSeen: s.lastSeen }),
    );
  },

  themes: async (_: unknown, __: unknown, context: ApiContext) =>
    (await context.store.themes()).map((s) => themeModel(s.theme, s.itemCount)),

  theme: async (_: unknown, args: { slug: string }, context: ApiContext) => {
    const theme = await context.store.themeBySlug(args.slug.trim().toLowerCase());
    return theme ? themeModel(theme) : null;
  },

  risks: async (_: unknown, __: unknown, context: ApiContext) =>
    (await context.store.risks()).map((s) => riskModel(s.risk, s.itemCount)),

  risk: async (_: unknown, args: { code: string }, context: ApiContext) => {
    const risk = await context.store.riskByCode(args.code.trim());
    return risk ? riskModel(risk) : null;
  },

  publishers: async (_: unknown, args: ConnectionArgs, context: ApiContext) => {
    const request = pageRequest(args);
    const page = await context.store.publishers(request);
    return toConnection(page, request, (s) => publisherModel(s.publisher, s.itemCount));
  },
};
