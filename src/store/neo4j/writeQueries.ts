import type { BriefingGraph } from "../../domain/BriefingGraph.js";
import type { CypherQuery } from "./Neo4jExecutor.js";
import { normalizeName } from "../../domain/normalizeName.js";
import type { Risk } from "../../domain/Risk.js";
import type { Theme } from "../../domain/Theme.js";

/** Builders of the statements that write a briefing. Each returns Cypher and parameters; none touches the driver. */

/** The ids and content hashes of a briefing's stored items. */
export function storedItemsQuery(briefingId: string): CypherQuery {
  return {
    cypher: "MATCH (i:Item {briefingId: $briefingId}) RETURN i.id AS id, i.contentHash AS contentHash",
    params: { briefingId },
  };
}

/**
 * Removes items (gone from the briefing, or about to be rewritten) with their links and the typed relations they
 * state (found from the organizations the item mentions, since a relation's source always is one), and answers which
 * organizations and sources they linked to, to check for orphans afterwards.
 */
export function detachItemsQuery(itemIds: readonly string[], deleteItems: boolean): CypherQuery {
  return {
    cypher: `
UNWIND $itemIds AS itemId
MATCH (i:Item {id: itemId})
CALL (i) {
  MATCH (i)-[:MENTIONS]->(:Organization)-[related:RELATED {itemId: i.id}]->(:Organization)
  DELETE related
}
OPTIONAL MATCH (i)-[r:MENTIONS|HAS_THEME|HAS_RISK|CITES]->(target)
WITH i, collect(r) AS links, collect(DISTINCT target.id) AS targetIds
FOREACH (r IN links | DELETE r)
WITH i, targetIds
CALL (i) { WITH i WHERE $deleteItems DETACH DELETE i }
UNWIND targetIds AS targetId
RETURN collect(DISTINCT targetId) AS targetIds`,
    params: { itemIds, deleteItems },
  };
}

export function upsertBriefingQuery(graph: BriefingGraph): CypherQuery {
  return {
    cypher: "MERGE (b:Briefing {id: $briefing.id}) SET b.date = $briefing.date, b.title = $briefing.title",
    params: { briefing: graph.briefing },
  };
}

/** Themes merged by id. */
export function upsertThemesQuery(themes: readonly Theme[]): CypherQuery {
  return {
    cypher: `
UNWIND $rows AS row
MERGE (t:Theme {id: row.id})
SET t.slug = row.slug, t.name = row.name, t.description = row.description`,
    params: { rows: themes },
  };
}

/** Risk subdomains merged by id, with their domain's code and name as properties. */
export function upsertRisksQuery(risks: readonly Risk[]): CypherQuery {
  return {
    cypher: `
UNWIND $rows AS row
MERGE (r:Risk {id: row.id})
SET r.code = row.code, r.name = row.name, r.description = row.description, r.domainCode = row.domainCode,
    r.domainName = row.domainName`,
    params: { rows: risks },
  };
}

/** Themes, risks, organizations, publishers and sources of the briefing, merged by id. */
export function upsertEntitiesQueries(graph: BriefingGraph): CypherQuery[] {
  const organizations = graph.organizations.map((o) => ({
    ...o,
    names: [...new Set([o.name, ...o.aliases].map(normalizeName))],
  }));
  return [
    upsertThemesQuery(graph.themes),
    upsertRisksQuery(graph.risks),
    {
      // A reviewed organization is never overwritten by a discovered record of the same id.
      cypher: `
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
WITH o, row WHERE o.reviewed IS NULL OR NOT (o.reviewed AND NOT row.reviewed)
SET o.slug = row.slug, o.name = row.name, o.kind = row.kind, o.aliases = row.aliases, o.names = row.names,
    o.confidence = row.confidence, o.reviewed = row.reviewed`,
      params: { rows: organizations },
    },
    {
      cypher: `
UNWIND $rows AS row
MERGE (p:Publisher {id: row.id})
SET p.domain = row.domain, p.name = row.name`,
      params: { rows: graph.publishers },
    },
    {
      cypher: `
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.url = row.url, s.publisherId = row.publisherId
WITH s, row
MATCH (p:Publisher {id: row.publisherId})
MERGE (s)-[:PUBLISHED_BY]->(p)`,
      params: { rows: graph.sources },
    },
  ];
}

/**
 * Items to (re)write, each linked to its briefing, organizations, themes, risks and sources; and the typed
 * relations they state, as (source)-[:RELATED {type, itemId, evidence}]->(target) between organizations.
 */
export function writeItemsQueries(graph: BriefingGraph, itemIds: ReadonlySet<string>): CypherQuery[] {
  const items = graph.items.filter((i) => itemIds.has(i.id));
  const links = <T extends { itemId: string }>(rows: T[]) => rows.filter((l) => itemIds.has(l.itemId));
  const evidenced = (rows: BriefingGraph["itemThemes"]) =>
    links(rows).map((l) => ({ itemId: l.itemId, targetId: l.targetId, evidence: JSON.stringify(l.evidence) }));
  return [
    {
      cypher: `
UNWIND $rows AS row
MERGE (i:Item {id: row.id})
SET i += row
WITH i
MATCH (b:Briefing {id: i.briefingId})
MERGE (i)-[:IN_BRIEFING]->(b)`,
      params: { rows: items },
    },
    {
      cypher: `
UNWIND $rows AS row
MATCH (i:Item {id: row.itemId}), (o:Organization {id: row.targetId})
CREATE (i)-[:MENTIONS {evidence: row.evidence}]->(o)`,
      params: { rows: evidenced(graph.itemOrganizations) },
    },
    {
      cypher: `
UNWIND $rows AS row
MATCH (i:Item {id: row.itemId}), (t:Theme {id: row.targetId})
CREATE (i)-[:HAS_THEME {evidence: row.evidence}]->(t)`,
      params: { rows: evidenced(graph.itemThemes) },
    },
    {
      cypher: `
UNWIND $rows AS row
MATCH (i:Item {id: row.itemId}), (r:Risk {id: row.targetId})
CREATE (i)-[:HAS_RISK {evidence: row.evidence}]->(r)`,
      params: { rows: evidenced(graph.itemRisks) },
    },
    {
      cypher: `
UNWIND $rows AS row
MATCH (i:Item {id: row.itemId}), (s:Source {id: row.sourceId})
CREATE (i)-[:CITES {position: row.position}]->(s)`,
      params: { rows: links(graph.itemSources) },
    },
    {
      cypher: `
UNWIND $rows AS row
MATCH (s:Organization {id: row.sourceId}), (t:Organization {id: row.targetId})
CREATE (s)-[:RELATED {type: row.type, itemId: row.itemId, evidence: row.evidence}]->(t)`,
      params: {
        rows: links(graph.relations).map((r) => ({ ...r, evidence: JSON.stringify(r.evidence) })),
      },
    },
  ];
}

/** Deletes organizations and sources no item links to any more, then publishers no source cites. */
export function dropOrphansQuery(candidateIds: readonly string[]): CypherQuery {
  return {
    cypher: `
UNWIND $ids AS id
OPTIONAL MATCH (o:Organization {id: id}) WHERE NOT (o)<-[:MENTIONS]-()
OPTIONAL MATCH (s:Source {id: id}) WHERE NOT (s)<-[:CITES]-()
OPTIONAL MATCH (s)-[:PUBLISHED_BY]->(p:Publisher)
DETACH DELETE o, s
WITH DISTINCT p WHERE p IS NOT NULL AND NOT (p)<-[:PUBLISHED_BY]-()
DETACH DELETE p`,
    params: { ids: candidateIds },
  };
}
