import DataLoader from "dataloader";
import type { ItemCard } from "../domain/Item.js";
import { RELATED_ITEM_CANDIDATES } from "./relatedItems.js";
import type { CitedSource, GraphNode, GraphStore, ItemLinks, ItemLinkSelection, ItemQuery, Page, PageRequest, PageWithLinks, LinkedOrganization, LinkedRisk, LinkedTheme, ItemSharingOrganizations, OrganizationCount, OrganizationRelation, OrganizationStats, ThemeCount } from "../store/GraphStore.js";

/**
 * Per-request batching: every field that needs the store for many parents asks a loader, and each loader
 * makes one store call per tick for all of them. That keeps a query's store calls per level, not per row.
 */
export interface Loaders {
  /**
   * Links of items fetched with their page, by item id, for the fields to answer at once: a value instead of a
   * promise spares graphql-js a promise per field and per row, most of its cost on wide pages.
   */
  linksOfItem: Map<string, ItemLinks>;
  node: DataLoader<string, GraphNode | null>;
  itemCount: DataLoader<ItemQuery, number, string>;
  /** A page of items per (query, page): all connections of one level in one store call. */
  itemPage: DataLoader<{ query: ItemQuery; page: PageRequest }, Page<ItemCard>, string>;
  /** Pages of items with the links their rows show, per selection: a connection and its rows in one store call. */
  itemPageWithLinks: (selection: ItemLinkSelection) => DataLoader<{ query: ItemQuery; page: PageRequest }, PageWithLinks, string>;
  /** An item's organizations, themes and risks for the fields that show no evidence (it may be left out). */
  organizationsOfItem: DataLoader<string, LinkedOrganization[]>;
  themesOfItem: DataLoader<string, LinkedTheme[]>;
  risksOfItem: DataLoader<string, LinkedRisk[]>;
  /** The same links with their evidence, for organizationLinks, themeLinks and riskLinks. */
  organizationLinksOfItem: DataLoader<string, LinkedOrganization[]>;
  themeLinksOfItem: DataLoader<string, LinkedTheme[]>;
  riskLinksOfItem: DataLoader<string, LinkedRisk[]>;
  sourcesOfItem: DataLoader<string, CitedSource[]>;
  /** Candidates for an item's story thread: items naming its organizations, RELATED_ITEM_CANDIDATES at most. */
  itemsSharingOrganizations: DataLoader<string, ItemSharingOrganizations[]>;
  organizationStats: DataLoader<string, OrganizationStats | null>;
  themesOfOrganization: DataLoader<string, ThemeCount[]>;
  relationsOfOrganization: DataLoader<string, OrganizationRelation[]>;
  connectedOrganizations: (limit: number) => DataLoader<string, OrganizationCount[]>;
  organizationsOfTheme: (limit: number) => DataLoader<string, OrganizationCount[]>;
}

/** Fresh loaders for one request (caches must not outlive it: data changes between requests). */
export function createLoaders(store: GraphStore): Loaders {
  const byLimit = (load: (ids: readonly string[], limit: number) => Promise<OrganizationCount[][]>) => {
    const loaders = new Map<number, DataLoader<string, OrganizationCount[]>>();
    return (limit: number) => {
      let loader = loaders.get(limit);
      if (!loader) {
        loader = new DataLoader((ids: readonly string[]) => load(ids, limit));
        loaders.set(limit, loader);
      }
      return loader;
    };
  };
  const pagesWithLinks = new Map<string, DataLoader<{ query: ItemQuery; page: PageRequest }, PageWithLinks, string>>();
  return {
    linksOfItem: new Map(),
    itemPageWithLinks: (selection) => {
      const key = JSON.stringify(selection);
      let loader = pagesWithLinks.get(key);
      if (!loader) {
        loader = new DataLoader((requests) => store.itemPagesWithLinks(requests, selection), { cacheKeyFn: (r) => JSON.stringify(r) });
        pagesWithLinks.set(key, loader);
      }
      return loader;
    },
    node: new DataLoader((ids) => store.nodes(ids)),
    itemCount: new DataLoader((queries) => store.itemCounts(queries), { cacheKeyFn: (q) => JSON.stringify(q) }),
    itemPage: new DataLoader((requests) => store.itemPages(requests), { cacheKeyFn: (r) => JSON.stringify(r) }),
    organizationsOfItem: new DataLoader((ids) => store.organizationsOfItems(ids)),
    themesOfItem: new DataLoader((ids) => store.themesOfItems(ids)),
    risksOfItem: new DataLoader((ids) => store.risksOfItems(ids)),
    organizationLinksOfItem: new DataLoader((ids) => store.organizationsOfItems(ids)),
    themeLinksOfItem: new DataLoader((ids) => store.themesOfItems(ids)),
    riskLinksOfItem: new DataLoader((ids) => store.risksOfItems(ids)),
    sourcesOfItem: new DataLoader((ids) => store.sourcesOfItems(ids)),
    itemsSharingOrganizations: new DataLoader((ids) => store.itemsSharingOrganizations(ids, RELATED_ITEM_CANDIDATES)),
    organizationStats: new DataLoader((ids) => store.organizationStats(ids, {})),
    themesOfOrganization: new DataLoader((ids) => store.themesOfOrganizations(ids)),
    relationsOfOrganization: new DataLoader((ids) => store.relationsOfOrganizations(ids)),
    connectedOrganizations: byLimit((ids, limit) => store.connectedOrganizations(ids, limit)),
    organizationsOfTheme: byLimit((ids, limit) => store.organizationsOfThemes(ids, limit)),
  };
}

/**
 * Hands the links fetched with a page to the loaders the rows' fields ask, so that those fields need no store call.
 * Links fetched without evidence go only to the loaders of the fields that show none.
 */
export function primeItemLinks(loaders: Loaders, page: PageWithLinks, withEvidence: boolean): void {
  page.rows.forEach((item, row) => {
    const links = page.links[row];
    if (links === undefined) return;
    const known = loaders.linksOfItem.get(item.id);
    // A second page showing the same item keeps what the first brought, adding what it lacked.
    loaders.linksOfItem.set(item.id, known ? { ...links, ...known } : links);
    if (links.briefing) loaders.node.prime(links.briefing.id, { type: "Briefing", value: links.briefing });
    if (links.organizations) loaders.organizationsOfItem.prime(item.id, links.organizations);
    if (links.themes) loaders.themesOfItem.prime(item.id, links.themes);
    if (links.risks) loaders.risksOfItem.prime(item.id, links.risks);
    if (withEvidence && links.organizations) loaders.organizationLinksOfItem.prime(item.id, links.organizations);
    if (withEvidence && links.themes) loaders.themeLinksOfItem.prime(item.id, links.themes);
    if (withEvidence && links.risks) loaders.riskLinksOfItem.prime(item.id, links.risks);
    if (links.sources) loaders.sourcesOfItem.prime(item.id, links.sources);
  });
}
