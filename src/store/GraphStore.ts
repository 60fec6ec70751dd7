import type { Briefing } from "../domain/Briefing.js";
import type { BriefingGraph } from "../domain/BriefingGraph.js";
import type { Evidence } from "../domain/Evidence.js";
import type { Item, ItemCard } from "../domain/Item.js";
import type { Organization, OrganizationCard } from "../domain/Organization.js";
import type { Publisher } from "../domain/Publisher.js";
import type { RelationType } from "../domain/Relation.js";
import type { Risk } from "../domain/Risk.js";
import type { Source } from "../domain/Source.js";
import type { Theme, ThemeCard } from "../domain/Theme.js";

/** A window of a list: skip `offset` rows, return at most `limit`. */
export interface PageRequest {
  offset: number;
  limit: number;
  /**
   * False when the caller will not show the total (a connection whose totalCount is not asked for). A store may
   * then skip counting every match and answer `totalCount` as a bound that only serves hasNextPage: offset + rows
   * + 1 when more rows follow, offset + rows when none do. Stores that count anyway answer the exact total.
   */
  countTotal?: boolean;
}

/** A window of rows and the size of the whole list. */
export interface Page<T> {
  rows: T[];
  totalCount: number;
}

/** Which items to list; every field narrows, all combine. Ids are global ids. */
export interface ItemQuery {
  briefingId?: string;
  organizationId?: string;
  /**
   * Items of the organization this name or alias names, as organizationByName finds it (none when no organization
   * has the name): a filter by name costs no separate look-up.
   */
  organizationName?: string;
  themeId?: string;
  riskId?: string;
  publisherId?: string;
  /** Inclusive ISO dates. */
  from?: string;
  to?: string;
  section?: Item["section"];
  /** Case-insensitive substring of title, summary or details. */
  text?: string;
  /** NEWEST_FIRST (the default): newest briefing first; OLDEST_FIRST: oldest first. Briefing order within a day. */
  order?: ItemOrder;
}

export type ItemOrder = "NEWEST_FIRST" | "OLDEST_FIRST";

/** An inclusive date range; either end may be open. */
export interface DateRange {
  from?: string;
  to?: string;
}

/** Any node the API can fetch by global id. */
export type GraphNode =
  | { type: "Briefing"; value: Briefing }
  | { type: "Item"; value: Item }
  | { type: "Organization"; value: Organization }
  | { type: "Theme"; value: Theme }
  | { type: "Risk"; value: Risk }
  | { type: "Source"; value: Source }
  | { type: "Publisher"; value: Publisher };

/** A briefing with the number of its items. */
export interface BriefingStats {
  briefing: Briefing;
  itemCount: number;
}

/** An organization with how often items name it, and when first and last. */
export interface OrganizationStats {
  organization: Organization;
  itemCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface ThemeStats {
  theme: Theme;
  itemCount: number;
}

export interface RiskStats {
  risk: Risk;
  itemCount: number;
}

export interface PublisherStats {
  publisher: Publisher;
  itemCount: number;
}

/** An organization linked to an item, with the evidence of the link. */
export interface LinkedOrganization {
  organization: Organization;
  evidence: Evidence[];
}

export interface LinkedTheme {
  theme: Theme;
  evidence: Evidence[];
}

export interface LinkedRisk {
  risk: Risk;
  evidence: Evidence[];
}

/** Which end of a typed relation an organization is: "X ACQUIRED Y" is OUTGOING for X and INCOMING for Y. */
export type RelationDirection = "OUTGOING" | "INCOMING";

/** A typed relation as one of its two organizations sees it, with the item and sentence that state it. */
export interface OrganizationRelation {
  type: RelationType;
  other: Organization;
  direction: RelationDirection;
  itemId: string;
  evidence: Evidence;
}

/** Another item naming some of the same organizations as a given item, with the organizations shared (by name). */
export interface ItemSharingOrganizations {
  item: Item;
  shared: Organization[];
}

export interface CitedSource {
  source: Source;
  publisher: Publisher;
}

export interface OrganizationCount {
  organization: Organization;
  count: number;
}

export interface ThemeCount {
  theme: Theme;
  count: number;
}

/** What one briefing write changed. Counts compare items by id and content hash. */
export interface IngestOutcome {
  briefingCreated: boolean;
  itemsCreated: number;
  itemsUpdated: number;
  itemsUnchanged: number;
  itemsRemoved: number;
}

export type OrganizationOrder = "NAME_ASC" | "ITEM_COUNT_DESC";

/** A full-text hit: a node and its relevance score (higher is better). */
export interface SearchHit {
  node: GraphNode;
  score: number;
}

/** Which links of the items of a page a query shows, to be fetched with the page. */
export interface ItemLinkSelection {
  briefing: boolean;
  organizations: boolean;
  themes: boolean;
  risks: boolean;
  sources: boolean;
  /**
   * Whether organization, theme and risk links carry their evidence (only the *Links fields show it); without,
   * their evidence lists are empty, which keeps pages that show only names small.
   */
  evidence: boolean;
  /**
   * Whether the rows' organizations are shown with no more than an OrganizationCard holds (never with evidence):
   * then the store may send cards (ItemLinks.organizationCards) in place of whole organizations.
   */
  organizationCards?: boolean;
  /** The same for the rows' themes and ThemeCard (ItemLinks.themeCards). */
  themeCards?: boolean;
}

/** The links of one item that an ItemLinkSelection asked for (the others are absent). */
export interface ItemLinks {
  briefing?: Briefing;
  organizations?: LinkedOrganization[];
  /** In place of `organizations` when the selection allowed cards; in link order. */
  organizationCards?: OrganizationCard[];
  themes?: LinkedTheme[];
  /** In place of `themes` when the selection allowed cards; in link order. */
  themeCards?: ThemeCard[];
  risks?: LinkedRisk[];
  sources?: CitedSource[];
}

/** A page of items (their cards) with the selected links of each row, in row order. */
export interface PageWithLinks extends Page<ItemCard> {
  links: ItemLinks[];
}

/** The kinds of link between an item and an entity, as traversals and drawings see them. */
export type LinkType = "MENTIONS" | "HAS_THEME" | "CITED_BY";

/**
 * One link of the item graph: an item and an organization, theme or publisher it links to
 * (CITED_BY joins an item to the publisher of one of its sources).
 */
export interface GraphLink {
  itemId: string;
  targetId: string;
  type: LinkType;
}

/** Links and the records of the nodes at their ends (GraphStore.linksBetween). */
export interface LinksWithEnds {
  links: GraphLink[];
  nodes: GraphNode[];
}

/**
 * The subgraph around a node: the centre first, then the nodes one link away, then two, each level in id order,
 * at most `limit` in all (`truncated` when a level did not fit; no level is searched after it), and every link
 * of the item graph between them, in link order.
 */
export interface Neighborhood {
  truncated: boolean;
  nodes: GraphNode[];
  links: GraphLink[];
}

/** Items per day for a query, for trends. */
export interface DateCount {
  date: string;
  count: number;
}

/** One cell of the organization x theme matrix. */
export interface OrganizationThemeCount {
  organization: Organization;
  theme: Theme;
  count: number;
}

/** One cell of the organization x risk matrix. */
export interface OrganizationRiskCount {
  organization: Organization;
  risk: Risk;
  count: number;
}

/** The reference nodes a store creates on init: every taxonomy theme and risk. */
export interface StoreTaxonomy {
  themes: Theme[];
  risks: Risk[];
}

/** Sizes of the whole graph, for health checks and summaries. */
export interface GraphCounts {
  briefings: number;
  items: number;
  organizations: number;
  themes: number;
  sources: number;
  publishers: number;
}

/**
 * The one interface every store implements (MemoryStore, Neo4jStore); the contract suite in test/store checks both.
 * Methods that take a list of ids answer a list of the same length and order, so that the API can batch per request.
 * Lists are in a deterministic order documented on each method.
 */
export interface GraphStore {
  readonly kind: "memory" | "neo4j";

  /** Prepares the store (constraints, indexes) and makes sure every taxonomy theme and risk exists. Idempotent. */
  init(taxonomy: StoreTaxonomy): Promise<void>;

  /**
   * Writes one briefing atomically: afterwards the store holds all of it or, on failure, exactly what it held before.
   * A briefing already stored under the same date is replaced; items it no longer has are removed.
   */
  ingest(graph: BriefingGraph): Promise<IngestOutcome>;

  /** Nodes by global id, null where none exists. */
  nodes(ids: readonly string[]): Promise<(GraphNode | null)[]>;

  /** Briefings, newest first, each with its item count. */
  briefings(page: PageRequest): Promise<Page<BriefingStats>>;

  briefingByDate(date: string): Promise<Briefing | null>;

  /** Items matching the query: newest briefing first, then briefing order. */
  items(query: ItemQuery, page: PageRequest): Promise<Page<Item>>;

  /** Item counts for many queries at once (one per entry). */
  itemCounts(queries: readonly ItemQuery[]): Promise<number[]>;

  /** Organizations of each item, by name. */
  organizationsOfItems(itemIds: readonly string[]): Promise<LinkedOrganization[][]>;

  /** Themes of each item, by slug. */
  themesOfItems(itemIds: readonly string[]): Promise<LinkedTheme[][]>;

  /** Risks of each item, by code. */
  risksOfItems(itemIds: readonly string[]): Promise<LinkedRisk[][]>;

  /**
   * For each item: other items (any briefing) naming at least one of its organizations, most shared organizations
   * first, then item order (newest first); at most `limit` per item. Candidates for story threads.
   */
  itemsSharingOrganizations(itemIds: readonly string[], limit: number): Promise<ItemSharingOrganizations[][]>;

  /** Sources of each item, in citation order. */
  sourcesOfItems(itemIds: readonly string[]): Promise<CitedSource[][]>;

  /** The organization whose name or alias equals `name`, ignoring case and punctuation. */
  organizationByName(name: string): Promise<Organization | null>;

  /** Organizations with their item counts inside `range`; those with no item there are left out when a range is set. */
  organizations(range: DateRange, order: OrganizationOrder, page: PageRequest): Promise<Page<OrganizationStats>>;

  /** Item count, first and last date of each organization, counting only items inside `range`. */
  organizationStats(organizationIds: readonly string[], range: DateRange): Promise<(OrganizationStats | null)[]>;

  /** For each organization: its themes with the number of its items in each, most first, then by slug. */
  themesOfOrganizations(organizationIds: readonly string[]): Promise<ThemeCount[][]>;

  /** For each organization: organizations sharing items with it, most shared first, then by name; at most `limit`. */
  connectedOrganizations(organizationIds: readonly string[], limit: number): Promise<OrganizationCount[][]>;

  /**
   * For each organization: its typed relations, by type, then OUTGOING before INCOMING, then the other
   * organization's name, then item id.
   */
  relationsOfOrganizations(organizationIds: readonly string[]): Promise<OrganizationRelation[][]>;

  /** Every theme with its item count, by slug. */
  themes(): Promise<ThemeStats[]>;

  themeBySlug(slug: string): Promise<Theme | null>;

  /** Every risk subdomain with its item count, by code. */
  risks(): Promise<RiskStats[]>;

  /** A risk subdomain by code ("2.2"). */
  riskByCode(code: string): Promise<Risk | null>;

  /** For each theme: organizations with the number of their items in it, most first, then by name. */
  organizationsOfThemes(themeIds: readonly string[], limit: number): Promise<OrganizationCount[][]>;

  /** Publishers with their item counts, most first, then by domain. */
  publishers(page: PageRequest): Promise<Page<PublisherStats>>;

  /**
   * Pages of items for many queries at once (one per entry), so nested connections cost one call per level. Rows
   * are cards: what the API shows of an item (a store may return whole items).
   */
  itemPages(requests: ReadonlyArray<{ query: ItemQuery; page: PageRequest }>): Promise<Page<ItemCard>[]>;

  /**
   * itemPages with the selected links of every row, in one store call: a connection of items and what its rows
   * show come in one round trip. Each link list is ordered as organizationsOfItems, themesOfItems, risksOfItems
   * and sourcesOfItems order it.
   */
  itemPagesWithLinks(
    requests: ReadonlyArray<{ query: ItemQuery; page: PageRequest }>,
    selection: ItemLinkSelection,
  ): Promise<PageWithLinks[]>;

  /** Number of matching items per briefing date, by date. */
  itemCountsByDate(query: ItemQuery): Promise<DateCount[]>;

  /** Organization x theme item counts inside `range`, largest first, then organization name, then theme slug. */
  organizationThemeMatrix(range: DateRange, limit: number): Promise<OrganizationThemeCount[]>;

  /** Organization x risk item counts inside `range`, largest first, then organization name, then risk code. */
  organizationRiskMatrix(range: DateRange, limit: number): Promise<OrganizationRiskCount[]>;

  /** Full-text search over items, organizations and themes: best first, then by id; any string is safe. */
  search(query: string, limit: number): Promise<SearchHit[]>;

  /**
   * Every link touching the given nodes: for an item its organizations, themes and publishers; for an organization,
   * theme or publisher its items. Sorted by item id, then target id, then type.
   * With `among`, only the links from the given nodes to one of those ids: whether a search front meets another
   * costs the links between them, not all the links of a hub.
   */
  links(nodeIds: readonly string[], among?: readonly string[]): Promise<GraphLink[]>;

  /**
   * links(nodeIds, among) with the records of both ends of every link, each once, in id order: where two search
   * fronts meet, the nodes on either side of the meeting come with the links that find them.
   */
  linksBetween(nodeIds: readonly string[], among: readonly string[]): Promise<LinksWithEnds>;

  /**
   * The nodes within `depth` links of `centerId` over the item graph (see `links`), breadth first, at most `limit`
   * of them; null when no node has the id. A briefing or source centre has no links: it comes back alone.
   */
  neighborhood(centerId: string, depth: number, limit: number): Promise<Neighborhood | null>;

  counts(): Promise<GraphCounts>;

  close(): Promise<void>;

  /**
   * Called once a bulk load is done: a store may build its in-memory indexes in the background from then on, so
   * that the first query needing them does not wait. Optional work; answers at once.
   */
  warmUp(): void;
}
