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
 */
export function linksQuery(anchors: LinkAnchors): CypherQuery {
  return {
    cypher: `
CALL () {
  UNWIND $itemIds AS id
  MATCH (i:Item {id: id})-[:MENTIONS]->(t:Organization)
  RETURN i.id AS itemId, t.id AS targetId, 'MENTIONS' AS type
  UNION
  UNWIND $itemIds AS id
  MATCH (i:Item {id: id})-[:HAS_THEME]->(t:Theme)
  RETURN i.id AS itemId, t.id AS targetId, 'HAS_THEME' AS type
  UNION
  UNWIND $itemIds AS id
  MATCH (i:Item {id: id})-[:CITES]->(:Source)-[:PUBLISHED_BY]->(t:Publisher)
  RETURN i.id AS itemId, t.id AS targetId, 'CITED_BY' AS type
  UNION
  UNWIND $organizationIds AS id
  MATCH (t:Organization {id: id})<-[:MENTIONS]-(i:Item)
  RETURN i.id AS itemId, t.id AS targetId, 'MENTIONS' AS type
  UNION
  UNWIND $themeIds AS id
  MATCH (t:Theme {id: id})<-[:HAS_THEME]-(i:Item)
  RETURN i.id AS itemId, t.id AS targetId, 'HAS_THEME' AS type
  UNION
  UNWIND $publisherIds AS id
  MATCH (t:Publisher {id: id})<-[:PUBLISHED_BY]-(:Source)<-[:CITES]-(i:Item)
  RETURN i.id AS itemId, t.id AS targetId, 'CITED_BY' AS type
}
RETURN itemId, targetId, type
ORDER BY itemId, targetId, type`,
    params: {
      itemIds: [...anchors.itemIds],
      organizationIds: [...anchors.organizationIds],
      themeIds: [...anchors.themeIds],
      publisherIds: [...anchors.publisherIds],
    },
  };
}
