import type { Briefing } from "../../domain/Briefing.js";
import type { BriefingGraph, EvidencedLink } from "../../domain/BriefingGraph.js";
import type { Evidence } from "../../domain/Evidence.js";
import type { Item } from "../../domain/Item.js";
import type { Organization } from "../../domain/Organization.js";
import type { Publisher } from "../../domain/Publisher.js";
import type { Relation } from "../../domain/Relation.js";
import type { Risk } from "../../domain/Risk.js";
import type { Source } from "../../domain/Source.js";
import type { Theme } from "../../domain/Theme.js";
import { fromGlobalId } from "../../domain/ids.js";
import { normalizeName } from "../../domain/normalizeName.js";
import type {
  CitedSource,
  DateCount,
  DateRange,
  GraphLink,
  LinksWithEnds,
  Neighborhood,
  OrganizationThemeCount,
  SearchHit,
  GraphCounts,
  GraphNode,
  GraphStore,
  IngestOutcome,
  ItemLinkSelection,
  BriefingStats,
  ItemLinks,
  ItemQuery,
  LinkedOrganization,
  LinkedRisk,
  LinkedTheme,
  OrganizationCount,
  OrganizationRiskCount,
  OrganizationOrder,
  OrganizationStats,
  ItemSharingOrganizations,
  OrganizationRelation,
  Page,
  PageRequest,
  PageWithLinks,
  PublisherStats,
  RiskStats,
  StoreTaxonomy,
  ThemeCount,
  ThemeStats,
} from "../GraphStore.js";
import { byItemOrder, byItemOrderOldestFirst, byName, inRange, pageOf, topByCount } from "./ordering.js";
import { LinkIndex } from "./LinkIndex.js";
import { StringPool } from "./StringPool.js";
import { SearchIndex, type SearchableRecords } from "./SearchIndex.js";

/** Briefings indexed per event-loop turn while warming the search index: about 30 ms of work each. */
const WARM_UP_BRIEFINGS_PER_STEP = 10;
import { scoreSearchHits, searchCandidateLimit } from "../searchScore.js";
import { boundedNeighborhood } from "./boundedNeighborhood.js";
import { byLinkOrder } from "../linkOrder.js";

/**
 * The embedded store: the whole graph in memory, indexed both ways for every link.
 * A write is computed first and applied without awaiting, so readers never see half a briefing.
 */
export class MemoryStore implements GraphStore {
  readonly kind = "memory" as const;
  private readonly briefingsById = new Map<string, Briefing>();
  private readonly briefingIdByDate = new Map<string, string>();
  private readonly itemsById = new Map<string, Item>();
  private readonly itemIdsByBriefing = new Map<string, string[]>();
  private readonly organizationsById = new Map<string, Organization>();
  private readonly organizationIdsByName = new Map<string, Set<string>>();
  private readonly themesById = new Map<string, Theme>();
  private readonly themeIdBySlug = new Map<string, string>();
  private readonly risksById = new Map<string, Risk>();
  private readonly riskIdByCode = new Map<string, string>();
  private readonly sourcesById = new Map<string, Source>();
  private readonly publishersById = new Map<string, Publisher>();
  private readonly sourceIdsByPublisher = new Map<string, Set<string>>();
  private readonly strings = new StringPool();
  private readonly itemOrganizations = new LinkIndex<Evidence[]>();
  private readonly itemThemes = new LinkIndex<Evidence[]>();
  private readonly itemRisks = new LinkIndex<Evidence[]>();
  private readonly itemSources = new LinkIndex<number>();
  /** Relations by the item stating them; an organization finds its relations through the items that mention it. */
  private readonly relationsByItem = new Map<string, Relation[]>();

  async init({ themes, risks }: StoreTaxonomy): Promise<void> {
    for (const theme of themes) this.putTheme(theme);
    for (const risk of risks) this.putRisk(risk);
  }

  async ingest(graph: BriefingGraph): Promise<IngestOutcome> {
    const previousIds = this.itemIdsByBriefing.get(graph.briefing.id) ?? [];
    const nextIds = new Set(graph.items.map((i) => i.id));
    const outcome: IngestOutcome = {
      briefingCreated: !this.briefingsById.has(graph.briefing.id),
      itemsCreated: 0,
      itemsUpdated: 0,
      itemsUnchanged: 0,
      itemsRemoved: previousIds.filter((id) => !nextIds.has(id)).length,
    };
    for (const item of graph.items) {
      const existing = this.itemsById.get(item.id);
      if (!existing) outcome.itemsCreated += 1;
      else if (existing.contentHash !== item.contentHash) outcome.itemsUpdated += 1;
      else outcome.itemsUnchanged += 1;
    }
    // From here on only map updates that cannot fail: the write is all or nothing.
    const orphanCandidates = previousIds.flatMap((id) => this.unlinkItem(id));
    this.briefingsById.set(graph.briefing.id, graph.briefing);
    if (!this.briefingIdByDate.has(graph.briefing.date)) this.datesInOrder = null;
    this.briefingIdByDate.set(graph.briefing.date, graph.briefing.id);
    for (const theme of graph.themes) this.putTheme(theme);
    for (const risk of graph.risks) this.putRisk(risk);
    for (const organization of graph.organizations) this.putOrganization(organization);
    for (const publisher of graph.publishers) this.publishersById.set(publisher.id, publisher);
    for (const source of graph.sources) {
      this.sourcesById.set(source.id, source);
      const ids = this.sourceIdsByPublisher.get(source.publisherId) ?? new Set<string>();
      ids.add(source.id);
      this.sourceIdsByPublisher.set(source.publisherId, ids);
    }
    const pool = this.strings;
    for (const item of graph.items) this.itemsById.set(pool.intern(item.id), item);
    this.itemIdsByBriefing.set(graph.briefing.id, graph.items.map((i) => i.id));
    const link = (index: LinkIndex<Evidence[]>, links: EvidencedLink[]) => {
      for (const l of links) {
        // The index keeps these strings for as long as the link lives: one copy of each (see StringPool).
        for (const e of l.evidence) {
          e.rule = pool.intern(e.rule);
          e.field = pool.intern(e.field) as Evidence["field"];
          e.text = pool.intern(e.text);
        }
        index.add(pool.intern(l.itemId), pool.intern(l.targetId), l.evidence);
      }
    };
    link(this.itemOrganizations, graph.itemOrganizations);
    link(this.itemThemes, graph.itemThemes);
    link(this.itemRisks, graph.itemRisks);
    for (const l of graph.itemSources) this.itemSources.add(pool.intern(l.itemId), pool.intern(l.sourceId), l.position);
    for (const relation of graph.relations) {
      const list = this.relationsByItem.get(relation.itemId) ?? [];
      list.push(relation);
      this.relationsByItem.set(relation.itemId, list);
    }
    this.dropOrphans(orphanCandidates);
    return outcome;
  }

  async nodes(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    return ids.map((id) => this.node(id));
  }

  async briefings(page: PageRequest): Promise<Page<BriefingStats>> {
    // Newest first: the sorted dates read backwards, rather than every briefing sorted again for each page.
    const dates = this.sortedDates();
    const rows: BriefingStats[] = [];
    for (let k = dates.length - 1 - page.offset; k >= 0 && rows.length < page.limit; k -= 1) {
      const id = this.briefingIdByDate.get(dates[k] as string) as string;
      rows.push({ briefing: this.briefingsById.get(id) as Briefing, itemCount: this.itemIdsByBriefing.get(id)?.length ?? 0 });
    }
    return { totalCount: dates.length, rows };
  }

  async briefingByDate(date: string): Promise<Briefing | null> {
    const id = this.briefingIdByDate.get(date);
    return id === undefined ? null : (this.briefingsById.get(id) ?? null);
  }

  async items(query: ItemQuery, page: PageRequest): Promise<Page<Item>> {
    return pageOf(this.sortedItems(query), page);
  }

  async itemCounts(queries: readonly ItemQuery[]): Promise<number[]> {
    return queries.map((q) => this.matchingItems(q).length);
  }

  async organizationsOfItems(itemIds: readonly string[]): Promise<LinkedOrganization[][]> {
    return itemIds.map((itemId) =>
      [...this.itemOrganizations.targetsOf(itemId)]
        .map(([id, evidence]) => ({ organization: this.organizationsById.get(id) as Organization, evidence }))
        .sort((a, b) => byName(a.organization, b.organization)),
    );
  }

  async themesOfItems(itemIds: readonly string[]): Promise<LinkedTheme[][]> {
    return itemIds.map((itemId) =>
      [...this.itemThemes.targetsOf(itemId)]
        .map(([id, evidence]) => ({ theme: this.themesById.get(id) as Theme, evidence }))
        .sort((a, b) => compare(a.theme.slug, b.theme.slug)),
    );
  }

  async risksOfItems(itemIds: readonly string[]): Promise<LinkedRisk[][]> {
    return itemIds.map((itemId) =>
      [...this.itemRisks.targetsOf(itemId)]
        .map(([id, evidence]) => ({ risk: this.risksById.get(id) as Risk, evidence }))
        .sort((a, b) => compare(a.risk.code, b.risk.code)),
    );
  }

  async itemsSharingOrganizations(itemIds: readonly string[], limit: number): Promise<ItemSharingOrganizations[][]> {
    return itemIds.map((itemId) => {
      const shared = new Map<string, Organization[]>();
      for (const organizationId of this.itemOrganizations.targetsOf(itemId).keys()) {
        const organization = this.organizationsById.get(organizationId) as Organization;
        for (const otherId of this.itemOrganizations.sourcesOf(organizationId)) {
          if (otherId === itemId) continue;
          shared.set(otherId, [...(shared.get(otherId) ?? []), organization]);
        }
      }
      return [...shared]
        .map(([otherId, organizations]) => ({ item: this.itemsById.get(otherId) as Item, shared: organizations.sort(byName) }))
        .sort((a, b) => b.shared.length - a.shared.length || byItemOrder(a.item, b.item))
        .slice(0, limit);
    });
  }

  async sourcesOfItems(itemIds: readonly string[]): Promise<CitedSource[][]> {
    return itemIds.map((itemId) =>
      [...this.itemSources.targetsOf(itemId)]
        .sort((a, b) => a[1] - b[1])
        .map(([id]) => {
          const source = this.sourcesById.get(id) as Source;
          return { source, publisher: this.publishersById.get(source.publisherId) as Publisher };
        }),
    );
  }

  async organizationByName(name: string): Promise<Organization | null> {
    return this.organizationNamed(name);
  }

  /** Ties between organizations sharing a name are broken as in every store: confidence, then id. */
  private organizationNamed(name: string): Organization | null {
    const ids = this.organizationIdsByName.get(normalizeName(name)) ?? new Set<string>();
    const candidates = [...ids].map((id) => this.organizationsById.get(id) as Organization);
    candidates.sort((a, b) => b.confidence - a.confidence || compare(a.id, b.id));
    return candidates[0] ?? null;
  }

  async organizations(range: DateRange, order: OrganizationOrder, page: PageRequest): Promise<Page<OrganizationStats>> {
    const ranged = range.from !== undefined || range.to !== undefined;
    const stats = ranged
      ? this.statsInRange(range)
      : [...this.organizationsById.values()].map((organization) => this.statsOf(organization, range));
    stats.sort((a, b) =>
      order === "ITEM_COUNT_DESC"
        ? b.itemCount - a.itemCount || byName(a.organization, b.organization)
        : byName(a.organization, b.organization),
    );
    return pageOf(stats, page);
  }

  async organizationStats(organizationIds: readonly string[], range: DateRange): Promise<(OrganizationStats | null)[]> {
    return organizationIds.map((id) => {
      const organization = this.organizationsById.get(id);
      return organization ? this.statsOf(organization, range) : null;
    });
  }

  async themesOfOrganizations(organizationIds: readonly string[]): Promise<ThemeCount[][]> {
    return organizationIds.map((organizationId) => {
      const counts = new Map<string, number>();
      for (const itemId of this.itemOrganizations.sourcesOf(organizationId)) {
        for (const themeId of this.itemThemes.targetsOf(itemId).keys()) counts.set(themeId, (counts.get(themeId) ?? 0) + 1);
      }
      return [...counts]
        .map(([id, count]) => ({ theme: this.themesById.get(id) as Theme, count }))
        .sort((a, b) => b.count - a.count || compare(a.theme.slug, b.theme.slug));
    });
  }

  async connectedOrganizations(organizationIds: readonly string[], limit: number): Promise<OrganizationCount[][]> {
    return organizationIds.map((organizationId) => {
      const counts = new Map<string, number>();
      for (const itemId of this.itemOrganizations.sourcesOf(organizationId)) {
        for (const otherId of this.itemOrganizations.targetsOf(itemId).keys()) {
          if (otherId !== organizationId) counts.set(otherId, (counts.get(otherId) ?? 0) + 1);
        }
      }
      return this.rankOrganizations(counts, limit);
    });
  }

  async relationsOfOrganizations(organizationIds: readonly string[]): Promise<OrganizationRelation[][]> {
    return organizationIds.map((organizationId) => {
      const relations: OrganizationRelation[] = [];
      for (const itemId of this.itemOrganizations.sourcesOf(organizationId)) {
        for (const r of this.relationsByItem.get(itemId) ?? []) {
          if (r.sourceId !== organizationId && r.targetId !== organizationId) continue;
          const outgoing = r.sourceId === organizationId;
          const other = this.organizationsById.get(outgoing ? r.targetId : r.sourceId) as Organization;
          relations.push({ type: r.type, other, direction: outgoing ? "OUTGOING" : "INCOMING", itemId, evidence: r.evidence });
        }
      }
      return relations.sort(
        (a, b) =>
          compare(a.type, b.type) ||
          (a.direction === b.direction ? 0 : a.direction === "OUTGOING" ? -1 : 1) ||
          byName(a.other, b.other) ||
          compare(a.itemId, b.itemId),
      );
    });
  }

  async themes(): Promise<ThemeStats[]> {
    return [...this.themesById.values()]
      .map((theme) => ({ theme, itemCount: this.itemThemes.sourcesOf(theme.id).size }))
      .sort((a, b) => compare(a.theme.slug, b.theme.slug));
  }

  async themeBySlug(slug: string): Promise<Theme | null> {
    const id = this.themeIdBySlug.get(slug);
    return id === undefined ? null : (this.themesById.get(id) ?? null);
  }

  async risks(): Promise<RiskStats[]> {
    return [...this.risksById.values()]
      .map((risk) => ({ risk, itemCount: this.itemRisks.sourcesOf(risk.id).size }))
      .sort((a, b) => compare(a.risk.code, b.risk.code));
  }

  async riskByCode(code: string): Promise<Risk | null> {
    const id = this.riskIdByCode.get(code);
    return id === undefined ? null : (this.risksById.get(id) ?? null);
  }

  async organizationsOfThemes(themeIds: readonly string[], limit: number): Promise<OrganizationCount[][]> {
    return themeIds.map((themeId) => {
      const counts = new Map<string, number>();
      for (const itemId of this.itemThemes.sourcesOf(themeId)) {
        for (const organizationId of this.itemOrganizations.targetsOf(itemId).keys()) {
          counts.set(organizationId, (counts.get(organizationId) ?? 0) + 1);
        }
      }
      return this.rankOrganizations(counts, limit);
    });
  }

  async publishers(page: PageRequest): Promise<Page<PublisherStats>> {
    const stats = [...this.publishersById.values()]
      .map((publisher) => ({ publisher, itemCount: this.itemsOfPublisher(publisher.id).size }))
      .sort((a, b) => b.itemCount - a.itemCount || compare(a.publisher.domain, b.publisher.domain));
    return pageOf(stats, page);
  }

  async itemPagesWithLinks(
    requests: ReadonlyArray<{ query: ItemQuery; page: PageRequest }>,
    selection: ItemLinkSelection,
  ): Promise<PageWithLinks[]> {
    const pages = await this.itemPages(requests);
    return Promise.all(
      pages.map(async (page) => {
        const ids = page.rows.map((item) => item.id);
        const [organizations, themes, risks, sources] = await Promise.all([
          selection.organizations ? this.organizationsOfItems(ids) : null,
          selection.themes ? this.themesOfItems(ids) : null,
          selection.risks ? this.risksOfItems(ids) : null,
          selection.sources ? this.sourcesOfItems(ids) : null,
        ]);
        // As in Neo4jStore: evidence only when the selection shows it.
        const shown = <L extends { evidence: unknown[] }>(links: L[]) => (selection.evidence ? links : links.map((l) => ({ ...l, evidence: [] })));
        const links = page.rows.map((item, row): ItemLinks => ({
          ...(selection.briefing ? { briefing: this.briefingsById.get(item.briefingId) as Briefing } : {}),
          ...(organizations ? { organizations: shown(organizations[row] as LinkedOrganization[]) } : {}),
          ...(themes ? { themes: shown(themes[row] as LinkedTheme[]) } : {}),
          ...(risks ? { risks: shown(risks[row] as LinkedRisk[]) } : {}),
          ...(sources ? { sources: sources[row] as CitedSource[] } : {}),
        }));
        return { ...page, links };
      }),
    );
  }

  async itemPages(requests: ReadonlyArray<{ query: ItemQuery; page: PageRequest }>): Promise<Page<Item>[]> {
    return requests.map(({ query, page }) => pageOf(this.sortedItems(query), page));
  }

  async itemCountsByDate(query: ItemQuery): Promise<DateCount[]> {
    const counts = new Map<string, number>();
    for (const item of this.matchingItems(query)) counts.set(item.date, (counts.get(item.date) ?? 0) + 1);
    return [...counts].map(([date, count]) => ({ date, count })).sort((a, b) => compare(a.date, b.date));
  }

  async organizationThemeMatrix(range: DateRange, limit: number): Promise<OrganizationThemeCount[]> {
    const cells = this.crossCounts(range, this.itemThemes).map(({ organizationId, targetId, count }) => ({
      organization: this.organizationsById.get(organizationId) as Organization,
      theme: this.themesById.get(targetId) as Theme,
      count,
    }));
    return topByCount(cells, limit, (a, b) => b.count - a.count || byName(a.organization, b.organization) || compare(a.theme.slug, b.theme.slug));
  }

  async organizationRiskMatrix(range: DateRange, limit: number): Promise<OrganizationRiskCount[]> {
    const cells = this.crossCounts(range, this.itemRisks).map(({ organizationId, targetId, count }) => ({
      organization: this.organizationsById.get(organizationId) as Organization,
      risk: this.risksById.get(targetId) as Risk,
      count,
    }));
    return topByCount(cells, limit, (a, b) => b.count - a.count || byName(a.organization, b.organization) || compare(a.risk.code, b.risk.code));
  }

  /**
   * Items inside `range` counted per (organization, target) pair, over the organizations and the `targets` (themes
   * or risks) of each item. Nested maps rather than joined string keys: this runs over every item of the store.
   */
  private crossCounts(range: DateRange, targets: LinkIndex<Evidence[]>): Array<{ organizationId: string; targetId: string; count: number }> {
    const counts = new Map<string, Map<string, number>>();
    for (const item of this.itemsInRange(range)) {
      const itemTargets = targets.targetsOf(item.id);
      if (itemTargets.size === 0) continue;
      for (const organizationId of this.itemOrganizations.targetsOf(item.id).keys()) {
        let row = counts.get(organizationId);
        if (row === undefined) counts.set(organizationId, (row = new Map()));
        for (const targetId of itemTargets.keys()) row.set(targetId, (row.get(targetId) ?? 0) + 1);
      }
    }
    const cells: Array<{ organizationId: string; targetId: string; count: number }> = [];
    for (const [organizationId, row] of counts) for (const [targetId, count] of row) cells.push({ organizationId, targetId, count });
    return cells;
  }


  // --- search (full-text) ---
  /** Built on the first search and brought in step with ingests lazily, so ingest stays a plain map update. */
  private readonly searchIndex = new SearchIndex();

  /** Synchronous from start to end: it sees the store between two writes, never during one. */
  async search(query: string, limit: number): Promise<SearchHit[]> {
    const candidates = this.searchIndex.candidates(query, searchCandidateLimit(limit), this.searchRecords()).flatMap((id) => {
      const node = this.node(id);
      return node === null ? [] : [node];
    });
    return scoreSearchHits(query, candidates, limit);
  }

  private searchRecords(): SearchableRecords {
    return {
      items: this.itemsById,
      itemIdsByBriefing: this.itemIdsByBriefing,
      organizations: this.organizationsById,
      themes: this.themesById,
    };
  }

  // --- graph links (connection, neighborhood) ---
  async neighborhood(centerId: string, depth: number, limit: number): Promise<Neighborhood | null> {
    return boundedNeighborhood(
      {
        node: (id) => this.node(id),
        forEachNeighbour: (id, visit) => this.forEachNeighbour(id, visit),
        linksOfItem: (id) => this.linksOfItem(id),
      },
      centerId,
      depth,
      limit,
    );
  }

  /** The nodes linked to one node in the item graph (see links), possibly more than once. */
  private forEachNeighbour(id: string, visit: (neighbourId: string) => void): void {
    switch (fromGlobalId(id)?.type) {
      case "Item":
        for (const link of this.linksOfItem(id)) visit(link.targetId);
        break;
      case "Organization":
        for (const itemId of this.itemOrganizations.sourcesOf(id)) visit(itemId);
        break;
      case "Theme":
        for (const itemId of this.itemThemes.sourcesOf(id)) visit(itemId);
        break;
      case "Publisher":
        for (const sourceId of this.sourceIdsByPublisher.get(id) ?? []) for (const itemId of this.itemSources.sourcesOf(sourceId)) visit(itemId);
        break;
      default:
        break;
    }
  }

  /** An item's links of the item graph, each once (two sources of one publisher make one CITED_BY); none for other ids. */
  private linksOfItem(itemId: string): GraphLink[] {
    if (!this.itemsById.has(itemId)) return [];
    const links: GraphLink[] = [];
    for (const organizationId of this.itemOrganizations.targetsOf(itemId).keys()) links.push({ itemId, targetId: organizationId, type: "MENTIONS" });
    for (const themeId of this.itemThemes.targetsOf(itemId).keys()) links.push({ itemId, targetId: themeId, type: "HAS_THEME" });
    const publishers = new Set<string>();
    for (const sourceId of this.itemSources.targetsOf(itemId).keys()) {
      const publisherId = this.sourcesById.get(sourceId)?.publisherId;
      if (publisherId !== undefined && !publishers.has(publisherId)) {
        publishers.add(publisherId);
        links.push({ itemId, targetId: publisherId, type: "CITED_BY" });
      }
    }
    return links;
  }

  async linksBetween(nodeIds: readonly string[], among: readonly string[]): Promise<LinksWithEnds> {
    const links = await this.links(nodeIds, among);
    const ends = [...new Set(links.flatMap((link) => [link.itemId, link.targetId]))].sort();
    return { links, nodes: ends.map((id) => this.node(id)).filter((node): node is GraphNode => node !== null) };
  }

  async links(nodeIds: readonly string[], among?: readonly string[]): Promise<GraphLink[]> {
    if (among !== undefined) {
      const [given, others] = [new Set(nodeIds), new Set(among)];
      return (await this.links(nodeIds)).filter(
        (l) => (given.has(l.itemId) && others.has(l.targetId)) || (given.has(l.targetId) && others.has(l.itemId)),
      );
    }
    // Keyed so that a link touching two of the given nodes (an item and its organization) comes back once.
    const found = new Map<string, GraphLink>();
    const add = (itemId: string, targetId: string, type: GraphLink["type"]) =>
      found.set(`${itemId} ${targetId} ${type}`, { itemId, targetId, type });
    const publisherIds = new Set<string>();
    for (const id of new Set(nodeIds)) {
      switch (fromGlobalId(id)?.type) {
        case "Item":
          for (const link of this.linksOfItem(id)) add(link.itemId, link.targetId, link.type);
          break;
        case "Organization":
          for (const itemId of this.itemOrganizations.sourcesOf(id)) add(itemId, id, "MENTIONS");
          break;
        case "Theme":
          for (const itemId of this.itemThemes.sourcesOf(id)) add(itemId, id, "HAS_THEME");
          break;
        case "Publisher":
          publisherIds.add(id);
          break;
        default:
          // Briefings, sources and ids that are not ours have no links of the item graph.
          break;
      }
    }
    // Publishers are reached through sources: one pass over the cited sources serves all of them.
    if (publisherIds.size > 0) {
      for (const [sourceId, itemIds] of this.itemSources.allTargets()) {
        const publisherId = this.sourcesById.get(sourceId)?.publisherId;
        if (publisherId === undefined || !publisherIds.has(publisherId)) continue;
        for (const itemId of itemIds) add(itemId, publisherId, "CITED_BY");
      }
    }
    return [...found.values()].sort(byLinkOrder);
  }

  async counts(): Promise<GraphCounts> {
    return {
      briefings: this.briefingsById.size,
      items: this.itemsById.size,
      organizations: this.organizationsById.size,
      themes: this.themesById.size,
      sources: this.sourcesById.size,
      publishers: this.publishersById.size,
    };
  }

  async close(): Promise<void> {
    this.warming = false;
  }

  private warming = false;

  /** Warms the search index a few briefings per turn of the event loop, so requests keep being served meanwhile. */
  warmUp(): void {
    if (this.warming) return;
    this.warming = true;
    const step = () => {
      if (!this.warming) return;
      this.warming = this.searchIndex.syncSome(this.searchRecords(), WARM_UP_BRIEFINGS_PER_STEP);
      if (this.warming) setImmediate(step);
    };
    setImmediate(step);
  }

  private node(id: string): GraphNode | null {
    const decoded = fromGlobalId(id);
    if (decoded === null) return null;
    const found = <T>(type: GraphNode["type"], value: T | undefined) =>
      value === undefined ? null : ({ type, value } as GraphNode);
    switch (decoded.type) {
      case "Briefing":
        return found(decoded.type, this.briefingsById.get(id));
      case "Item":
        return found(decoded.type, this.itemsById.get(id));
      case "Organization":
        return found(decoded.type, this.organizationsById.get(id));
      case "Theme":
        return found(decoded.type, this.themesById.get(id));
      case "Risk":
        return found(decoded.type, this.risksById.get(id));
      case "Source":
        return found(decoded.type, this.sourcesById.get(id));
      case "Publisher":
        return found(decoded.type, this.publishersById.get(id));
    }
  }

  private sortedItems(query: ItemQuery): Item[] {
    return this.matchingItems(query).sort(query.order === "OLDEST_FIRST" ? byItemOrderOldestFirst : byItemOrder);
  }

  private matchingItems(query: ItemQuery): Item[] {
    const sets: ReadonlySet<string>[] = [];
    if (query.briefingId !== undefined) sets.push(new Set(this.itemIdsByBriefing.get(query.briefingId) ?? []));
    if (query.organizationId !== undefined) sets.push(this.itemOrganizations.sourcesOf(query.organizationId));
    if (query.organizationName !== undefined) sets.push(this.itemOrganizations.sourcesOf(this.organizationNamed(query.organizationName)?.id ?? ""));
    if (query.themeId !== undefined) sets.push(this.itemThemes.sourcesOf(query.themeId));
    if (query.riskId !== undefined) sets.push(this.itemRisks.sourcesOf(query.riskId));
    if (query.publisherId !== undefined) sets.push(this.itemsOfPublisher(query.publisherId));
    sets.sort((a, b) => a.size - b.size);
    const [smallest, ...others] = sets;
    const ranged = query.from !== undefined || query.to !== undefined;
    if (smallest === undefined && ranged) {
      const result: Item[] = [];
      for (const item of this.itemsInRange(query)) if (this.passesFilters(item, query)) result.push(item);
      return result;
    }
    const candidates = smallest === undefined ? this.itemsById.keys() : smallest.values();
    const text = query.text?.toLowerCase();
    const result: Item[] = [];
    for (const id of candidates) {
      if (!others.every((set) => set.has(id))) continue;
      const item = this.itemsById.get(id);
      if (item !== undefined && inRange(item.date, query) && this.passesFilters(item, query, text)) result.push(item);
    }
    return result;
  }

  /** The section and text conditions of an item query (anchors and dates are checked by the caller). */
  private passesFilters(item: Item, query: ItemQuery, text = query.text?.toLowerCase()): boolean {
    if (query.section !== undefined && item.section !== query.section) return false;
    return text === undefined || itemContains(item, text);
  }

  private itemsOfPublisher(publisherId: string): Set<string> {
    const items = new Set<string>();
    for (const sourceId of this.sourceIdsByPublisher.get(publisherId) ?? []) {
      for (const itemId of this.itemSources.sourcesOf(sourceId)) items.add(itemId);
    }
    return items;
  }

  /** Briefing dates, oldest first; rebuilt after an ingest adds a date. */
  private datesInOrder: string[] | null = null;

  /** The items of the briefings dated inside `range`, oldest briefing first: a date range without a scan. */
  private sortedDates(): readonly string[] {
    return (this.datesInOrder ??= [...this.briefingIdByDate.keys()].sort());
  }

  private *itemsInRange(range: DateRange): Generator<Item> {
    const dates = this.sortedDates();
    for (let k = range.from === undefined ? 0 : firstAtOrAfter(dates, range.from); k < dates.length; k += 1) {
      const date = dates[k] as string;
      if (range.to !== undefined && date > range.to) return;
      for (const id of this.itemIdsByBriefing.get(this.briefingIdByDate.get(date) as string) ?? []) yield this.itemsById.get(id) as Item;
    }
  }

  /** Statistics of every organization named inside `range`, from one pass over the items of the range. */
  private statsInRange(range: DateRange): OrganizationStats[] {
    const stats = new Map<string, OrganizationStats>();
    for (const item of this.itemsInRange(range)) {
      for (const organizationId of this.itemOrganizations.targetsOf(item.id).keys()) {
        const seen = stats.get(organizationId);
        if (seen === undefined) {
          const organization = this.organizationsById.get(organizationId) as Organization;
          stats.set(organizationId, { organization, itemCount: 1, firstSeen: item.date, lastSeen: item.date });
        } else {
          seen.itemCount += 1;
          seen.lastSeen = item.date; // items come oldest first
        }
      }
    }
    return [...stats.values()];
  }

  private statsOf(organization: Organization, range: DateRange): OrganizationStats {
    let itemCount = 0;
    let firstSeen: string | null = null;
    let lastSeen: string | null = null;
    for (const itemId of this.itemOrganizations.sourcesOf(organization.id)) {
      const date = (this.itemsById.get(itemId) as Item).date;
      if (!inRange(date, range)) continue;
      itemCount += 1;
      if (firstSeen === null || date < firstSeen) firstSeen = date;
      if (lastSeen === null || date > lastSeen) lastSeen = date;
    }
    return { organization, itemCount, firstSeen, lastSeen };
  }

  private rankOrganizations(counts: Map<string, number>, limit: number): OrganizationCount[] {
    const rows = [...counts].map(([id, count]) => ({ organization: this.organizationsById.get(id) as Organization, count }));
    return topByCount(rows, limit, (a, b) => b.count - a.count || byName(a.organization, b.organization));
  }

  private putTheme(theme: Theme): void {
    this.themesById.set(theme.id, theme);
    this.themeIdBySlug.set(theme.slug, theme.id);
  }

  private putRisk(risk: Risk): void {
    this.risksById.set(risk.id, risk);
    this.riskIdByCode.set(risk.code, risk.id);
  }

  /** A reviewed record is never replaced by a discovered one of the same id. */
  private putOrganization(organization: Organization): void {
    const existing = this.organizationsById.get(organization.id);
    if (existing?.reviewed && !organization.reviewed) return;
    // Most briefings name organizations already stored, unchanged: nothing to re-index (a load's hot path).
    if (existing && sameOrganization(existing, organization)) return;
    if (existing) this.unindexOrganizationNames(existing);
    this.organizationsById.set(organization.id, organization);
    for (const name of [organization.name, ...organization.aliases]) {
      const key = normalizeName(name);
      const ids = this.organizationIdsByName.get(key) ?? new Set<string>();
      ids.add(organization.id);
      this.organizationIdsByName.set(key, ids);
    }
  }

  private unindexOrganizationNames(organization: Organization): void {
    for (const name of [organization.name, ...organization.aliases]) {
      const key = normalizeName(name);
      const ids = this.organizationIdsByName.get(key);
      ids?.delete(organization.id);
      if (ids?.size === 0) this.organizationIdsByName.delete(key);
    }
  }

  /** Removes an item and its links; answers the organizations and sources it linked to (orphan candidates). */
  private unlinkItem(itemId: string): string[] {
    const targets = [...this.itemOrganizations.targetsOf(itemId).keys(), ...this.itemSources.targetsOf(itemId).keys()];
    this.itemOrganizations.removeSource(itemId);
    this.itemThemes.removeSource(itemId);
    this.itemRisks.removeSource(itemId);
    this.itemSources.removeSource(itemId);
    this.relationsByItem.delete(itemId);
    this.itemsById.delete(itemId);
    return targets;
  }

  /**
   * Organizations, sources and publishers exist only while an item links to them; themes and risks always exist.
   * Only the candidates (what removed items linked to) are checked, so a write costs what it touches.
   */
  private dropOrphans(candidates: Iterable<string>): void {
    const publishers = new Set<string>();
    for (const id of candidates) {
      const organization = this.organizationsById.get(id);
      if (organization && this.itemOrganizations.sourcesOf(id).size === 0) {
        this.unindexOrganizationNames(organization);
        this.organizationsById.delete(id);
      }
      const source = this.sourcesById.get(id);
      if (source && this.itemSources.sourcesOf(id).size === 0) {
        this.sourcesById.delete(id);
        this.sourceIdsByPublisher.get(source.publisherId)?.delete(id);
        publishers.add(source.publisherId);
      }
    }
    for (const publisherId of publishers) {
      if ((this.sourceIdsByPublisher.get(publisherId)?.size ?? 0) > 0) continue;
      this.sourceIdsByPublisher.delete(publisherId);
      this.publishersById.delete(publisherId);
    }
  }
}

function itemContains(item: Item, lowerText: string): boolean {
  return [item.title, item.summary, item.details].some((field) => field?.toLowerCase().includes(lowerText));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The index of the first of the sorted `dates` that is `date` or later (dates.length when none is). */
function firstAtOrAfter(dates: readonly string[], date: string): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((dates[middle] as string) < date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether two records of one organization hold the same values. */
function sameOrganization(a: Organization, b: Organization): boolean {
  return (
    a.name === b.name &&
    a.slug === b.slug &&
    a.kind === b.kind &&
    a.confidence === b.confidence &&
    a.reviewed === b.reviewed &&
    a.aliases.length === b.aliases.length &&
    a.aliases.every((alias, index) => alias === b.aliases[index])
  );
}
