import { int } from "neo4j-driver";
import type { CypherQuery } from "./Neo4jExecutor.js";

/** The nodes whose links are asked for, split by type so that each branch seeks one label's index. */
export interface LinkAnchors {
  itemIds: readonly string[];
  organizationIds: readonly string[];
  themeIds: readonly string[];
  publisherIds: readonly string[];
}

/**
 * Every link of the item graph touching the anchors, in one statement: for items their organizations, themes and
 * publishers (CITED_BY through any of their sources), for the other anchors their items. UNION removes the
 * duplicates (a link between two anchors, an item citing one publisher twice). The text never changes, so the
 * database plans it once; an empty list simply makes its branches match nothing.
 * With `among`, only the links whose other end is one of those ids (a second text, planned once too); `withEnds`
 * adds the properties of both ends to each row (`item`, and `target` with its label `targetType`).
 */
export function linksQuery(anchors: LinkAnchors, among?: readonly string[], withEnds = false): CypherQuery {
  // Item anchors: the entity t must be among. Entity anchors: the items among are sought by id, then their link
  // to the anchor checked, so that a hub's thousands of items are never walked.
  const only = among === undefined ? "" : "\n  WHERE t.id IN $among";
  const entityAnchor = (label: string, ids: string, path: string) =>
    among === undefined
      ? `UNWIND ${ids} AS id
  MATCH (t:${label} {id: id})${path}(i:Item)`
      : `UNWIND CASE WHEN size(${ids}) > 0 THEN $among ELSE [] END AS id
  MATCH (i:Item {id: id})
  MATCH (t:${label})${path}(i) WHERE t.id IN ${ids}`;
  const ends = (label: string) => (withEnds ? `, i {.*} AS item, t {.*} AS target, '${label}' AS targetType` : "");
  return {
    cypher: `
CALL () {
  UNWIND $itemIds AS id
  MATCH (i:Item {id: id})-[:MENTIONS]->(t:Organization)${only}
  RETURN i.id AS itemId, t.id AS targetId, 'MENTIONS' AS type${ends("Organization")}
  UNION
  UNWIND $itemIds AS id
  MATCH (i:Item {id: id})-[:HAS_THEME]->(t:Theme)${only}
  RETURN i.id AS itemId, t.id AS targetId, 'HAS_THEME' AS type${ends("Theme")}
  UNION
  UNWIND $itemIds AS id
  MATCH (i:Item {id: id})-[:CITES]->(:Source)-[:PUBLISHED_BY]->(t:Publisher)${only}
  RETURN i.id AS itemId, t.id AS targetId, 'CITED_BY' AS type${ends("Publisher")}
  UNION
  ${entityAnchor("Organization", "$organizationIds", "<-[:MENTIONS]-")}
  RETURN i.id AS itemId, t.id AS targetId, 'MENTIONS' AS type${ends("Organization")}
  UNION
  ${entityAnchor("Theme", "$themeIds", "<-[:HAS_THEME]-")}
  RETURN i.id AS itemId, t.id AS targetId, 'HAS_THEME' AS type${ends("Theme")}
  UNION
  ${entityAnchor("Publisher", "$publisherIds", "<-[:PUBLISHED_BY]-(:Source)<-[:CITES]-")}
  RETURN i.id AS itemId, t.id AS targetId, 'CITED_BY' AS type${ends("Publisher")}
}
RETURN itemId, targetId, type${withEnds ? ", item, target, targetType" : ""}
ORDER BY itemId, targetId, type`,
    params: {
      itemIds: [...anchors.itemIds],
      organizationIds: [...anchors.organizationIds],
      themeIds: [...anchors.themeIds],
      publisherIds: [...anchors.publisherIds],
      ...(among === undefined ? {} : { among: [...among] }),
    },
  };
}

/**
 * One breadth-first level of neighborhoodQuery: the neighbours of the frontier not yet included, by id, as many
 * as there is room for. The three branches are the item graph's links seen from either end: MENTIONS and HAS_THEME
 * either way, CITED_BY through a source.
 */
const NEIGHBOURS_LEVEL = `
WITH included, truncated, $limit - size(included) AS room, CASE WHEN truncated THEN [] ELSE COLLECT {
  UNWIND frontier AS n
  CALL (n) {
    MATCH (n)-[:MENTIONS|HAS_THEME]-(m) RETURN m
    UNION
    MATCH (n)-[:CITES]->(:Source)-[:PUBLISHED_BY]->(m) RETURN m
    UNION
    MATCH (n)<-[:PUBLISHED_BY]-(:Source)<-[:CITES]-(m) RETURN m
  }
  WITH DISTINCT m WHERE NOT m IN included
  WITH m ORDER BY m.id
  RETURN m
} END AS fresh
WITH included + fresh[0..room] AS included, fresh[0..room] AS frontier, truncated OR size(fresh) > room AS truncated`;

/**
 * GraphStore.neighborhood in one statement: `depth` breadth-first levels from the centre (found through the
 * index of its label), then every node included and, for the items among them, all their links of the item graph
 * (the caller keeps those whose other end is included). No row when the centre does not exist.
 */
export function neighborhoodQuery(centerId: string, label: string, depth: number, limit: number): CypherQuery {
  return {
    cypher: `
MATCH (c:${label} {id: $id})
WITH [c] AS included, [c] AS frontier, false AS truncated${NEIGHBOURS_LEVEL.repeat(depth)}
RETURN truncated,
  [n IN included | {type: labels(n)[0], node: n {.*}}] AS nodes,
  COLLECT {
    UNWIND included AS i
    WITH i WHERE i:Item
    CALL (i) {
      MATCH (i)-[:MENTIONS]->(t:Organization) RETURN t.id AS targetId, 'MENTIONS' AS type
      UNION
      MATCH (i)-[:HAS_THEME]->(t:Theme) RETURN t.id AS targetId, 'HAS_THEME' AS type
      UNION
      MATCH (i)-[:CITES]->(:Source)-[:PUBLISHED_BY]->(t:Publisher) RETURN t.id AS targetId, 'CITED_BY' AS type
    }
    RETURN {itemId: i.id, targetId: targetId, type: type}
  } AS links`,
    params: { id: centerId, limit: int(limit) },
  };
}
