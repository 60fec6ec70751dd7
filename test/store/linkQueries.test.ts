import { describe, expect, it } from "vitest";
import { linksQuery } from "../../src/store/neo4j/linkQueries.js";

describe("linksQuery", () => {
  it("puts every id in parameters, one list per label, and never in the statement's text", () => {
    const anchors = { itemIds: ["SXRlbTp4"], organizationIds: ["' OR 1=1 //"], themeIds: [], publisherIds: ["UHVibGlzaGVyOngueg"] };
    const query = linksQuery(anchors);
    expect(query.params).toEqual(anchors);
    for (const id of [...anchors.itemIds, ...anchors.organizationIds, ...anchors.publisherIds]) expect(query.cypher).not.toContain(id);
    expect(linksQuery({ itemIds: [], organizationIds: [], themeIds: [], publisherIds: [] }).cypher).toBe(query.cypher);
    expect(query.cypher).toMatchInlineSnapshot(`
      "
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
      ORDER BY itemId, targetId, type"
    `);
  });
});
