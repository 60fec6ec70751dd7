import DataLoader from "dataloader";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Briefing } from "../../domain/Briefing.js";
import type { BriefingGraph } from "../../domain/BriefingGraph.js";
import type { Risk } from "../../domain/Risk.js";
import type { Theme } from "../../domain/Theme.js";
import { Evidence } from "../../domain/Evidence.js";
import { RelationType } from "../../domain/Relation.js";
import { fromGlobalId, type NodeType } from "../../domain/ids.js";
import { normalizeName } from "../../domain/normalizeName.js";
import type {
  CitedSource,
  DateCount,
  DateRange,
  GraphLink,
  LinksWithEnds,
  Neighborhood,
  LinkType,
  OrganizationThemeCount,
  SearchHit,
  GraphCounts,
  GraphNode,
  GraphStore,
  IngestOutcome,
  ItemLinkSelection,
  BriefingStats,
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
import type { Item, ItemCard } from "../../domain/Item.js";
import type { Organization } from "../../domain/Organization.js";
import { Neo4jExecutor, type CypherQuery, type Neo4jConnection } from "./Neo4jExecutor.js";
import { linksQuery, neighborhoodQuery, type LinkAnchors } from "./linkQueries.js";
import { byLinkOrder } from "../linkOrder.js";
import * as read from "./readQueries.js";
import * as write from "./writeQueries.js";
import { searchQuery, type SearchLabel } from "./searchQueries.js";
import { itemPagesWithLinksQuery, pagesWithLinks, type PagesWithLinksRecord } from "./itemPagesWithLinks.js";
import { scoreSearchHits } from "../searchScore.js";
import { groupBy, toBriefing, toEvidence, toGraphNode, toItem, toItemCard, toOrganization, toPublisher, toRisk, toSource, toTheme } from "./records.js";
import { NODE_PROPERTIES } from "./propertyLists.js";

type Props = Record<string, unknown>;

/** The directory of schema/*.cypher files run at start-up. */
const SCHEMA_DIR = fileURLToPath(new URL("../../../schema/", import.meta.url));

/** Splits a .cypher file into statements: ';' ends a statement, '//' lines are comments. */
export function cypherStatements(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * The production store: the graph in Neo4j 5. Each briefing is written in one transaction with batched
 * `UNWIND … MERGE` statements; unchanged items (same content hash) are not rewritten.
 */
export class Neo4jStore implements GraphStore {
  readonly kind = "neo4j" as const;

  private constructor(readonly executor: Neo4jExecutor) {}

  /** Connects and checks that the database answers (SERVICE_UNAVAILABLE otherwise). */
  static async connect(connection: Neo4jConnection): Promise<Neo4jStore> {
    const executor = Neo4jExecutor.create(connection);
    try {
      await executor.verify();
    } catch (error) {
      await executor.close();
      throw error;
    }
    return new Neo4jStore(executor);
  }

  async init({ themes, risks }: StoreTaxonomy): Promise<void> {
    const files = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".cypher")).sort();
    const statements = files.flatMap((f) => cypherStatements(readFileSync(join(SCHEMA_DIR, f), "utf8")));
    await this.executor.runAutoCommit(statements);
    const themeQuery = write.upsertThemesQuery(themes);
    const riskQuery = write.upsertRisksQuery(risks);
    await this.executor.write(async (tx) => {
      await tx.run(themeQuery.cypher, themeQuery.params);
      await tx.run(riskQuery.cypher, riskQuery.params);
    });
  }

  async ingest(graph: BriefingGraph): Promise<IngestOutcome> {
    return this.executor.write(async (tx) => {
      const run = (q: CypherQuery) => tx.run(q.cypher, q.params);
      const stored = await run(write.storedItemsQuery(graph.briefing.id));
      const storedHashes = new Map(stored.records.map((r) => [r.get("id") as string, r.get("contentHash") as string]));
      const nextIds = new Set(graph.items.map((i) => i.id));
      const removed = [...storedHashes.keys()].filter((id) => !nextIds.has(id));
      const changed = graph.items.filter((i) => storedHashes.has(i.id) && storedHashes.get(i.id) !== i.contentHash);
      const created = graph.items.filter((i) => !storedHashes.has(i.id));
      const outcome: IngestOutcome = {
        briefingCreated: storedHashes.size === 0 && (await run(read.briefingByDateQuery(graph.briefing.date))).records.length === 0,
        itemsCreated: created.length,
        itemsUpdated: changed.length,
        itemsUnchanged: graph.items.length - created.length - changed.length,
        itemsRemoved: removed.length,
      };
      const orphanCandidates: string[] = [];
      for (const [ids, deleteItems] of [[removed, true], [changed.map((i) => i.id), false]] as const) {
        if (ids.length === 0) continue;
        const result = await run(write.detachItemsQuery(ids, deleteItems));
        orphanCandidates.push(...((result.records[0]?.get("targetIds") as string[] | undefined) ?? []));
      }
      await run(write.upsertBriefingQuery(graph));
      for (const q of write.upsertEntitiesQueries(graph)) await run(q);
      const toWrite = new Set([...created, ...changed].map((i) => i.id));
      if (toWrite.size > 0) for (const q of write.writeItemsQueries(graph, toWrite)) await run(q);
      if (orphanCandidates.length > 0) await run(write.dropOrphansQuery(orphanCandidates));
      return outcome;
    });
  }

  async nodes(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    const rows = ids.flatMap((id) => {
      const decoded = fromGlobalId(id);
      return decoded ? [{ id, type: decoded.type }] : [];
    });
    if (rows.length === 0) return ids.map(() => null);
    const records = await this.executor.readCombinable<{ id: string; type: NodeType; node: Props }>(read.nodesQuery(rows));
    const found = new Map(records.map((r) => [r.id, toGraphNode(r.type, r.node)]));
    return ids.map((id) => found.get(id) ?? null);
  }

  async briefings(page: PageRequest): Promise<Page<BriefingStats>> {
    return this.page(read.briefingsQuery(page), (row) => ({ briefing: toBriefing(row["briefing"] as Props), itemCount: row["itemCount"] as number }));
  }

  async briefingByDate(date: string): Promise<Briefing | null> {
    const [record] = await this.executor.readCombinable<{ node: Props }>(read.briefingByDateQuery(date));
    return record ? toBriefing(record.node) : null;
  }

  async items(query: ItemQuery, page: PageRequest): Promise<Page<Item>> {
    return this.page(read.itemsQuery(query, page), toItem);
  }

  async itemCounts(queries: readonly ItemQuery[]): Promise<number[]> {
    if (queries.length === 0) return [];
    const [record] = await this.executor.read<{ counts: number[] }>(read.itemCountsQuery(queries));
    return record?.counts ?? queries.map(() => 0);
  }

  async organizationsOfItems(itemIds: readonly string[]): Promise<LinkedOrganization[][]> {
    const rows = await this.executor.read<{ itemId: string; organization: Props; evidence: unknown }>(
      read.organizationsOfItemsQuery(itemIds),
    );
    return groupBy(itemIds, rows, (r) => r.itemId, (r) => ({ organization: toOrganization(r.organization), evidence: toEvidence(r.evidence) }));
  }

  async themesOfItems(itemIds: readonly string[]): Promise<LinkedTheme[][]> {
    const rows = await this.executor.read<{ itemId: string; theme: Props; evidence: unknown }>(read.themesOfItemsQuery(itemIds));
    return groupBy(itemIds, rows, (r) => r.itemId, (r) => ({ theme: toTheme(r.theme), evidence: toEvidence(r.evidence) }));
  }

  async risksOfItems(itemIds: readonly string[]): Promise<LinkedRisk[][]> {
    const rows = await this.executor.read<{ itemId: string; risk: Props; evidence: unknown }>(read.risksOfItemsQuery(itemIds));
    return groupBy(itemIds, rows, (r) => r.itemId, (r) => ({ risk: toRisk(r.risk), evidence: toEvidence(r.evidence) }));
  }

  async itemsSharingOrganizations(itemIds: readonly string[], limit: number): Promise<ItemSharingOrganizations[][]> {
    const rows = await this.executor.read<{ id: string; item: Props; shared: Props[] }>(read.itemsSharingOrganizationsQuery(itemIds, limit));
    return groupBy(itemIds, rows, (r) => r.id, (r) => ({ item: toItem(r.item), shared: r.shared.map(toOrganization) }));
  }

  async sourcesOfItems(itemIds: readonly string[]): Promise<CitedSource[][]> {
    const rows = await this.executor.read<{ itemId: string; source: Props; publisher: Props }>(read.sourcesOfItemsQuery(itemIds));
    return groupBy(itemIds, rows, (r) => r.itemId, (r) => ({ source: toSource(r.source), publisher: toPublisher(r.publisher) }));
  }

  async organizationByName(name: string): Promise<Organization | null> {
    const normalized = normalizeName(name);
    return normalized === "" ? null : this.organizationsByName.load(normalized);
  }

  /**
   * Names asked for in the same tick, looked up in one statement: the connection search resolves both its ends
   * at once, and each statement of its own costs the server a session and a round trip. Nothing is cached.
   */
  private readonly organizationsByName = new DataLoader<string, Organization | null>(
    async (names) => {
      const rows = await this.executor.read<{ index: number; node: Props }>(read.organizationsByNameQuery(names));
      const found: Array<Organization | null> = names.map(() => null);
      for (const row of rows) found[row.index] = toOrganization(row.node);
      return found;
    },
    { cache: false },
  );

  async organizations(range: DateRange, order: OrganizationOrder, page: PageRequest): Promise<Page<OrganizationStats>> {
    const [record] = await this.executor.read<{ totalCount: number; rows: RankedOrganization[] }>(read.organizationsQuery(range, order, page));
    return { totalCount: record?.totalCount ?? 0, rows: (record?.rows ?? []).map(toRankedStats) };
  }

  async organizationStats(organizationIds: readonly string[], range: DateRange): Promise<(OrganizationStats | null)[]> {
    const rows = await this.executor.read<Props & { id: string }>(read.organizationStatsQuery(organizationIds, range));
    const byId = new Map(rows.map((r) => [r.id, toStats(r)]));
    return organizationIds.map((id) => byId.get(id) ?? null);
  }

  async themesOfOrganizations(organizationIds: readonly string[]): Promise<ThemeCount[][]> {
    const rows = await this.executor.read<{ id: string; rows: Array<{ theme: Props; count: number }> }>(
      read.themesOfOrganizationsQuery(organizationIds),
    );
    const byId = new Map(rows.map((r) => [r.id, r.rows.map((x) => ({ theme: toTheme(x.theme), count: x.count }))]));
    return organizationIds.map((id) => byId.get(id) ?? []);
  }

  async connectedOrganizations(organizationIds: readonly string[], limit: number): Promise<OrganizationCount[][]> {
    return this.organizationCounts(read.connectedOrganizationsQuery(organizationIds, limit), organizationIds);
  }

  async relationsOfOrganizations(organizationIds: readonly string[]): Promise<OrganizationRelation[][]> {
    const rows = await this.executor.read<{ id: string; type: string; outgoing: boolean; other: Props; itemId: string; evidence: unknown }>(
      read.relationsOfOrganizationsQuery(organizationIds),
    );
    return groupBy(organizationIds, rows, (r) => r.id, (r) => ({
      type: RelationType.parse(r.type),
      other: toOrganization(r.other),
      direction: r.outgoing ? ("OUTGOING" as const) : ("INCOMING" as const),
      itemId: r.itemId,
      evidence: Evidence.parse(JSON.parse(String(r.evidence))),
    }));
  }

  async themes(): Promise<ThemeStats[]> {
    const rows = await this.executor.read<{ theme: Props; itemCount: number }>(read.themesQuery());
    return rows.map((r) => ({ theme: toTheme(r.theme), itemCount: r.itemCount }));
  }

  async themeBySlug(slug: string): Promise<Theme | null> {
    const [record] = await this.executor.readCombinable<{ node: Props }>(read.themeBySlugQuery(slug));
    return record ? toTheme(record.node) : null;
  }

  async risks(): Promise<RiskStats[]> {
    const rows = await this.executor.read<{ risk: Props; itemCount: number }>(read.risksQuery());
    return rows.map((r) => ({ risk: toRisk(r.risk), itemCount: r.itemCount }));
  }

  async riskByCode(code: string): Promise<Risk | null> {
    const [record] = await this.executor.readCombinable<{ node: Props }>(read.riskByCodeQuery(code));
    return record ? toRisk(record.node) : null;
  }

  async organizationsOfThemes(themeIds: readonly string[], limit: number): Promise<OrganizationCount[][]> {
    return this.organizationCounts(read.organizationsOfThemesQuery(themeIds, limit), themeIds);
  }

  async publishers(page: PageRequest): Promise<Page<PublisherStats>> {
    return this.page(read.publishersQuery(page), (row) => ({
      publisher: toPublisher(row["publisher"] as Props),
      itemCount: row["itemCount"] as number,
    }));
  }

  async itemPages(requests: ReadonlyArray<{ query: ItemQuery; page: PageRequest }>): Promise<Page<ItemCard>[]> {
    if (requests.length === 0) return [];
    const [record] = await this.executor.read<{ pages: Array<{ totalCount: number; rows: Props[] }> }>(read.itemPagesQuery(requests));
    return (record?.pages ?? []).map((p) => ({ totalCount: p.totalCount, rows: p.rows.map(toItemCard) }));
  }

  async itemPagesWithLinks(
    requests: ReadonlyArray<{ query: ItemQuery; page: PageRequest }>,
    selection: ItemLinkSelection,
  ): Promise<PageWithLinks[]> {
    if (requests.length === 0) return [];
    const [record] = await this.executor.readCombinable<PagesWithLinksRecord>(itemPagesWithLinksQuery(requests, selection));
    return pagesWithLinks(record, selection);
  }

  async itemCountsByDate(query: ItemQuery): Promise<DateCount[]> {
    return this.executor.read<{ date: string; count: number }>(read.itemCountsByDateQuery(query));
  }

  async organizationThemeMatrix(range: DateRange, limit: number): Promise<OrganizationThemeCount[]> {
    const rows = await this.executor.read<{ organization: Props; theme: Props; count: number }>(read.organizationThemeMatrixQuery(range, limit));
    return rows.map((r) => ({ organization: toOrganization(r.organization), theme: toTheme(r.theme), count: r.count }));
  }

  async organizationRiskMatrix(range: DateRange, limit: number): Promise<OrganizationRiskCount[]> {
    const rows = await this.executor.read<{ organization: Props; risk: Props; count: number }>(read.organizationRiskMatrixQuery(range, limit));
    return rows.map((r) => ({ organization: toOrganization(r.organization), risk: toRisk(r.risk), count: r.count }));
  }

  // --- search (full-text) ---
  /** Read-your-writes: the full-text indexes are updated when a write commits (schema/neo4j-fulltext.cypher). */
  async search(query: string, limit: number): Promise<SearchHit[]> {
    const built = searchQuery(query, limit);
    if (built === null) return [];
    const rows = await this.executor.read<{ values: unknown[]; type: SearchLabel }>(built);
    return scoreSearchHits(query, rows.map((r) => toGraphNode(r.type, NODE_PROPERTIES[r.type].read(r.values))), limit);
  }

  // --- graph links (connection, neighborhood) ---
  async neighborhood(centerId: string, depth: number, limit: number): Promise<Neighborhood | null> {
    const type = fromGlobalId(centerId)?.type;
    if (type === undefined) return null;
    const [record] = await this.executor.read<{ truncated: boolean; nodes: Array<{ type: NodeType; node: Props }>; links: GraphLink[] }>(
      neighborhoodQuery(centerId, type, depth, limit),
    );
    if (!record) return null;
    const included = new Set(record.nodes.map((n) => n.node["id"] as string));
    return {
      truncated: record.truncated,
      nodes: record.nodes.map((n) => toGraphNode(n.type, n.node)),
      links: record.links.filter((l) => included.has(l.targetId)).sort(byLinkOrder),
    };
  }

  async links(nodeIds: readonly string[], among?: readonly string[]): Promise<GraphLink[]> {
    if (among !== undefined && among.length === 0) return [];
    const anchors = linkAnchors(nodeIds);
    if (anchors === null) return [];
    return this.executor.read<{ itemId: string; targetId: string; type: LinkType }>(linksQuery(anchors, among));
  }

  async linksBetween(nodeIds: readonly string[], among: readonly string[]): Promise<LinksWithEnds> {
    const anchors = among.length === 0 ? null : linkAnchors(nodeIds);
    if (anchors === null) return { links: [], nodes: [] };
    const rows = await this.executor.read<{ itemId: string; targetId: string; type: LinkType; item: Props; target: Props; targetType: NodeType }>(
      linksQuery(anchors, among, true),
    );
    const nodes = new Map<string, GraphNode>();
    for (const row of rows) {
      if (!nodes.has(row.itemId)) nodes.set(row.itemId, toGraphNode("Item", row.item));
      if (!nodes.has(row.targetId)) nodes.set(row.targetId, toGraphNode(row.targetType, row.target));
    }
    return { links: rows.map(({ itemId, targetId, type }) => ({ itemId, targetId, type })), nodes: [...nodes.values()].sort(byNodeId) };
  }

  async counts(): Promise<GraphCounts> {
    const [record] = await this.executor.read<GraphCounts & Record<string, number>>(read.countsQuery());
    if (!record) throw new Error("count query returned no row");
    return record;
  }

  /** Neo4j keeps its own indexes warm. */
  warmUp(): void {}

  async close(): Promise<void> {
    await this.executor.close();
  }

  private async page<T>(query: CypherQuery, convert: (row: Props) => T): Promise<Page<T>> {
    const [record] = await this.executor.read<{ totalCount: number; rows: Props[] }>(query);
    return { totalCount: record?.totalCount ?? 0, rows: (record?.rows ?? []).map(convert) };
  }

  private async organizationCounts(query: CypherQuery, ids: readonly string[]): Promise<OrganizationCount[][]> {
    const rows = await this.executor.read<{ id: string; rows: Array<{ organization: Props; count: number }> }>(query);
    const byId = new Map(rows.map((r) => [r.id, r.rows.map((x) => ({ organization: toOrganization(x.organization), count: x.count }))]));
    return ids.map((id) => byId.get(id) ?? []);
  }
}

/** A row of organizationsQuery: the organization's property list, its item count, first and last dates. */
type RankedOrganization = [unknown[], number, string | null, string | null];

function toRankedStats([values, itemCount, firstSeen, lastSeen]: RankedOrganization): OrganizationStats {
  return { organization: toOrganization(NODE_PROPERTIES.Organization.read(values)), itemCount, firstSeen: firstSeen ?? null, lastSeen: lastSeen ?? null };
}

function toStats(row: Props): OrganizationStats {
  return {
    organization: toOrganization(row["organization"] as Props),
    itemCount: row["itemCount"] as number,
    firstSeen: (row["firstSeen"] as string | null) ?? null,
    lastSeen: (row["lastSeen"] as string | null) ?? null,
  };
}

/** The nodes whose links are asked for, by type; null when none can have links of the item graph. */
function linkAnchors(nodeIds: readonly string[]): LinkAnchors | null {
  const anchors = { Item: [] as string[], Organization: [] as string[], Theme: [] as string[], Publisher: [] as string[] };
  for (const id of new Set(nodeIds)) {
    const type = fromGlobalId(id)?.type;
    // Briefings, sources and ids that are not ours have no links of the item graph.
    if (type !== undefined && type in anchors) anchors[type as keyof typeof anchors].push(id);
  }
  if (Object.values(anchors).every((ids) => ids.length === 0)) return null;
  return { itemIds: anchors.Item, organizationIds: anchors.Organization, themeIds: anchors.Theme, publisherIds: anchors.Publisher };
}

const byNodeId = (a: GraphNode, b: GraphNode) => (a.value.id < b.value.id ? -1 : a.value.id > b.value.id ? 1 : 0);
