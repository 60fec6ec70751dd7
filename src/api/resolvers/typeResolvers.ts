import { BadUserInputError } from "../../errors.js";
import type { ApiContext } from "../context.js";
import { MAX_PAGE_SIZE, type ConnectionArgs } from "../connection.js";
import {
  briefingModel,
  itemModel,
  organizationCardModel,
  organizationModel,
  publisherModel,
  riskModel,
  sourceModel,
  themeCardModel,
  themeModel,
  typeOfModel,
  type BriefingModel,
  type ItemModel,
  type OrganizationCounts,
  type OrganizationModel,
  type PublisherModel,
  type RiskModel,
  type SourceModel,
  type ThemeModel,
} from "../models.js";
import type { GraphQLResolveInfo } from "graphql";
import { itemConnection } from "../itemConnection.js";
import { cardsAnswerField } from "../itemLinkLookahead.js";
import { relatedItems } from "../relatedItems.js";
import type { Publisher } from "../../domain/Publisher.js";

function checkedLimit(first: number | null | undefined, fallback: number): number {
  const limit = first ?? fallback;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`"first" must be between 0 and ${MAX_PAGE_SIZE}; got ${limit}`);
  }
  return limit;
}

/** One of an organization's counts: from a ranked list's row at once, else from its statistics. */
function organizationCount<K extends keyof OrganizationCounts>(parent: OrganizationModel, context: ApiContext, key: K) {
  return atOnce(
    parent.counts,
    async (): Promise<OrganizationCounts> => {
      const stats = await context.loaders.organizationStats.load(parent.id);
      return { itemCount: stats?.itemCount ?? 0, firstSeen: stats?.firstSeen ?? null, lastSeen: stats?.lastSeen ?? null };
    },
    (counts) => counts[key],
  );
}

/**
 * `toAnswer` of a value the request already holds, at once, or of what `load` brings. Answering at once spares
 * graphql-js a promise per field and row, which on a wide page is most of its work.
 */
function atOnce<T, R>(known: T | undefined, load: () => Promise<T>, toAnswer: (value: T) => R): R | Promise<R> {
  return known !== undefined ? toAnswer(known) : load().then(toAnswer);
}

export const typeResolvers = {
  Node: {
    __resolveType: typeOfModel,
  },

  Briefing: {
    items: (parent: BriefingModel, args: ConnectionArgs, context: ApiContext, info: GraphQLResolveInfo) =>
      itemConnection({ briefingId: parent.id }, args, context, info, parent.itemCount),
  },

  Item: {
    briefing: (parent: ItemModel, _: unknown, context: ApiContext) =>
      atOnce(
        context.loaders.linksOfItem.get(parent.id)?.briefing,
        async () => {
          const node = await context.loaders.node.load(parent.briefingId);
          if (node?.type !== "Briefing") throw new Error(`item ${parent.id} has no briefing`);
          return node.value;
        },
        (briefing) => briefingModel(briefing),
      ),
    organizations: (parent: ItemModel, _: unknown, context: ApiContext, info: GraphQLResolveInfo) => {
      const links = context.loaders.linksOfItem.get(parent.id);
      // The page may have brought cards only; another field showing the same item may ask more than they hold.
      if (links?.organizations === undefined && links?.organizationCards && cardsAnswerField(info, "Organization")) {
        return links.organizationCards.map(organizationCardModel);
      }
      return atOnce(links?.organizations, () => context.loaders.organizationsOfItem.load(parent.id), (linked) =>
        linked.map((l) => organizationModel(l.organization)),
      );
    },
    themes: (parent: ItemModel, _: unknown, context: ApiContext, info: GraphQLResolveInfo) => {
      const links = context.loaders.linksOfItem.get(parent.id);
      if (links?.themes === undefined && links?.themeCards && cardsAnswerField(info, "Theme")) return links.themeCards.map(themeCardModel);
      return atOnce(links?.themes, () => context.loaders.themesOfItem.load(parent.id), (linked) => linked.map((l) => themeModel(l.theme)));
    },
    risks: (parent: ItemModel, _: unknown, context: ApiContext) =>
      atOnce(context.loaders.linksOfItem.get(parent.id)?.risks, () => context.loaders.risksOfItem.load(parent.id), (links) =>
        links.map((l) => riskModel(l.risk)),
      ),
    relatedItems: async (parent: ItemModel, args: { first?: number | null }, context: ApiContext) =>
      relatedItems(parent, await context.loaders.itemsSharingOrganizations.load(parent.id), checkedLimit(args.first, 5)).map(
        (r) => ({ ...r, item: itemModel(r.item) }),
      ),
    organizationLinks: async (parent: ItemModel, _: unknown, context: ApiContext) =>
      (await context.loaders.organizationLinksOfItem.load(parent.id)).map((l) => ({
        organization: organizationModel(l.organization),
        evidence: l.evidence,
      })),
    themeLinks: async (parent: ItemModel, _: unknown, context: ApiContext) =>
      (await context.loaders.themeLinksOfItem.load(parent.id)).map((l) => ({ theme: themeModel(l.theme), evidence: l.evidence })),
    riskLinks: async (parent: ItemModel, _: unknown, context: ApiContext) =>
      (await context.loaders.riskLinksOfItem.load(parent.id)).map((l) => ({ risk: riskModel(l.risk), evidence: l.evidence })),
    sources: (parent: ItemModel, _: unknown, context: ApiContext) =>
      atOnce(context.loaders.linksOfItem.get(parent.id)?.sources, () => context.loaders.sourcesOfItem.load(parent.id), (cited) =>
        cited.map((c) => ({ ...sourceModel(c.source), publisherRecord: c.publisher })),
      ),
  },

  Organization: {
    itemCount: (parent: OrganizationModel, _: unknown, context: ApiContext) => organizationCount(parent, context, "itemCount"),
    firstSeen: (parent: OrganizationModel, _: unknown, context: ApiContext) => organizationCount(parent, context, "firstSeen"),
    lastSeen: (parent: OrganizationModel, _: unknown, context: ApiContext) => organizationCount(parent, context, "lastSeen"),
    items: (parent: OrganizationModel, args: ConnectionArgs, context: ApiContext, info: GraphQLResolveInfo) =>
      itemConnection({ organizationId: parent.id }, args, context, info),
    themes: async (parent: OrganizationModel, _: unknown, context: ApiContext) =>
      (await context.loaders.themesOfOrganization.load(parent.id)).map((t) => ({
        theme: themeModel(t.theme),
        itemCount: t.count,
      })),
    connectedOrganizations: async (parent: OrganizationModel, args: { first?: number | null }, context: ApiContext) =>
      (await context.loaders.connectedOrganizations(checkedLimit(args.first, 10)).load(parent.id)).map((c) => ({
        organization: organizationModel(c.organization),
        sharedItemCount: c.count,
      })),
    relations: async (parent: OrganizationModel, _: unknown, context: ApiContext) =>
      (await context.loaders.relationsOfOrganization.load(parent.id)).map((r) => ({
        type: r.type,
        other: organizationModel(r.other),
        direction: r.direction,
        itemId: r.itemId,
        evidenceText: r.evidence.text,
        evidenceField: r.evidence.field,
        rule: r.evidence.rule,
      })),
  },

  OrganizationRelation: {
    evidence: async (parent: { itemId: string }, _: unknown, context: ApiContext) => {
      const node = await context.loaders.node.load(parent.itemId);
      if (node?.type !== "Item") throw new Error(`relation evidence ${parent.itemId} is not a stored item`);
      return itemModel(node.value);
    },
  },

  Theme: {
    itemCount: (parent: ThemeModel, _: unknown, context: ApiContext) =>
      parent.itemCount ?? context.loaders.itemCount.load({ themeId: parent.id }),
    items: (parent: ThemeModel, args: ConnectionArgs, context: ApiContext, info: GraphQLResolveInfo) =>
      itemConnection({ themeId: parent.id }, args, context, info),
    organizations: async (parent: ThemeModel, args: { first?: number | null }, context: ApiContext) =>
      (await context.loaders.organizationsOfTheme(checkedLimit(args.first, 10)).load(parent.id)).map((c) => ({
        organization: organizationModel(c.organization),
        itemCount: c.count,
      })),
  },

  Risk: {
    domain: (parent: RiskModel) => ({ code: parent.domainCode, name: parent.domainName }),
    itemCount: (parent: RiskModel, _: unknown, context: ApiContext) =>
      parent.itemCount ?? context.loaders.itemCount.load({ riskId: parent.id }),
    items: (parent: RiskModel, args: ConnectionArgs, context: ApiContext, info: GraphQLResolveInfo) =>
      itemConnection({ riskId: parent.id }, args, context, info),
  },

  Source: {
    publisher: (parent: SourceModel & { publisherRecord?: Publisher }, _: unknown, context: ApiContext) =>
      atOnce(
        parent.publisherRecord,
        async () => {
          const node = await context.loaders.node.load(parent.publisherId);
          if (node?.type !== "Publisher") throw new Error(`source ${parent.id} has no publisher`);
          return node.value;
        },
        (publisher) => publisherModel(publisher),
      ),
  },

  Publisher: {
    itemCount: (parent: PublisherModel, _: unknown, context: ApiContext) =>
      parent.itemCount ?? context.loaders.itemCount.load({ publisherId: parent.id }),
  },
};
