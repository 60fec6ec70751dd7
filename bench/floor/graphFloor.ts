import type { Driver } from "neo4j-driver";
import { toGraphML } from "../../src/api/graph/exports/toGraphML.js";
import { cypherInt, foldName, labelOfId, organizationByName, publisherIdOf, readRows, required, shortLabel, type Row } from "./floorSupport.js";

/**
 * Floors of the traversals (08-connection, 09-neighborhood), each one statement. The item graph links an item to
 * the organizations it mentions (MENTIONS), its themes (HAS_THEME) and the publishers of its sources (CITED_BY, two
 * relationships in the store: CITES then PUBLISHED_BY).
 */

const DRAWABLE = new Set(["Item", "Organization", "Theme", "Publisher"]);
const ENTITY_LINK: Record<string, string> = { Organization: "MENTIONS", Theme: "HAS_THEME", Publisher: "CITED_BY" };

/** An integer variable inside [1, max], or the default; outside, an error like the API's BAD_USER_INPUT. */
function bounded(variables: Row, name: string, fallback: number, max: number): number {
  const value = variables[name] ?? fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > max) throw new Error(`"${name}" must be between 1 and ${max}`);
  return value;
}

/**
 * The node an argument of `connection` names, as the API resolves it: a global id first, then an organization by
 * any name, a theme by slug, a publisher by domain. Binds `variable`; no row when nothing is named.
 */
function endpoint(prefix: string, value: string, params: Row): string {
  const name = value.trim();
  const label = labelOfId(name);
  Object.assign(params, {
    [`${prefix}Id`]: label ? name : null,
    [`${prefix}Name`]: foldName(name),
    [`${prefix}Slug`]: name.toLowerCase(),
    [`${prefix}Publisher`]: publisherIdOf(name),
  });
  return `CALL () {
  CALL () {
    MATCH (n:${label ?? "Item"} {id: $${prefix}Id}) RETURN n, 0 AS rank
    UNION ALL
    ${organizationByName(`${prefix}Name`, "n")} RETURN n, 1 AS rank
    UNION ALL
    MATCH (n:Theme {slug: $${prefix}Slug}) RETURN n, 2 AS rank
    UNION ALL
    MATCH (n:Publisher {id: $${prefix}Publisher}) RETURN n, 3 AS rank
  }
  WITH n ORDER BY rank LIMIT 1
  RETURN n AS ${prefix}
}`;
}

/** A node as the operations select it: its id and type, and the one field its type's fragment asks for. */
function pathNode(node: Row): Row {
  const type = node["type"] as string;
  const own = { Organization: "name", Item: "title", Theme: "slug" }[type as "Item"] as string | undefined;
  return own === undefined ? { id: node["id"], __typename: type } : { id: node["id"], __typename: type, [own]: node[own] };
}

/** The edges between consecutive nodes of a path: from the item to the entity, typed by the entity. */
function pathEdges(nodes: Row[]): Row[] {
  return nodes.slice(1).map((node, index) => {
    const previous = nodes[index] as Row;
    const [item, entity] = node["type"] === "Item" ? [node, previous] : [previous, node];
    return { type: ENTITY_LINK[entity["type"] as string], source: item["id"], target: entity["id"] };
  });
}

/**
 * 08-connection: the shortest chain between two entities through items and organizations (a theme or publisher
 * only at an end). The pattern reads: the start's leg to an item (none when it is an item; through a source for a
 * publisher), then item-organization-item steps, then the leg to the end.
 *
 * What can differ from the API: the length and both ends always agree, but when several shortest chains exist the
 * API picks one by its bidirectional search's id tie-breaks and SHORTEST 1 picks any of them.
 */
export async function connection(driver: Driver, variables: Row, database?: string): Promise<unknown> {
  const maxHops = bounded(variables, "maxHops", 4, 8);
  const params: Row = { maxHops: cypherInt(maxHops) };
  // Quantifiers must be literals: up to maxHops / 2 item-organization-item steps, the ends' legs counted after.
  const steps = Math.floor(maxHops / 2);
  const rows = await readRows(
    driver,
    `${endpoint("s", required(variables, "from"), params)}
${endpoint("t", required(variables, "to"), params)}
CALL (s, t) {
  WITH s, t WHERE s = t
  RETURN [s] AS path
  UNION
  WITH s, t WHERE s <> t
  MATCH p = SHORTEST 1 (s)(()<-[:PUBLISHED_BY]-(:Source)){0,1}(()<-[:MENTIONS|HAS_THEME|CITES]-(:Item)){0,1}
    ((:Item)-[:MENTIONS]->(:Organization)<-[:MENTIONS]-(:Item)){0,${steps}}
    ((:Item)-[:MENTIONS|HAS_THEME|CITES]->()){0,1}(()-[:PUBLISHED_BY]->(:Publisher)){0,1}(t)
  RETURN [n IN nodes(p) WHERE NOT n:Source] AS path
}
WITH s, t, path WHERE size(path) - 1 <= $maxHops
RETURN labels(s)[0] AS fromType, labels(t)[0] AS toType,
  [n IN path | n {.id, .name, .title, .slug, type: labels(n)[0]}] AS nodes`,
    params,
    database,
  );
  const [row] = rows;
  if (row && (!DRAWABLE.has(row["fromType"] as string) || !DRAWABLE.has(row["toType"] as string))) throw new Error("a connection joins items and entities");
  if (!row) return { connection: null };
  const nodes = row["nodes"] as Row[];
  return { connection: { length: nodes.length - 1, nodes: nodes.map(pathNode), edges: pathEdges(nodes) } };
}

/** One breadth-first level: the new neighbours of the frontier by id, as many as there is room for. */
const level = (depth: number) => `
WITH included, frontier, truncated, COLLECT {
  UNWIND CASE WHEN $depth >= ${depth} AND NOT truncated THEN frontier ELSE [] END AS n
  CALL (n) {
    MATCH (n)-[:MENTIONS|HAS_THEME]-(m) RETURN m
    UNION
    MATCH (n)-[:CITES]->(:Source)-[:PUBLISHED_BY]->(m) RETURN m
    UNION
    MATCH (n)<-[:PUBLISHED_BY]-(:Source)<-[:CITES]-(m) RETURN m
  }
  WITH DISTINCT m WHERE NOT m IN included
  WITH m ORDER BY m.id RETURN m
} AS fresh
WITH included, fresh, truncated, $limit - size(included) AS room
WITH included + fresh[0..room] AS included, fresh[0..room] AS frontier, truncated OR size(fresh) > room AS truncated`;

/**
 * 09-neighborhood: the nodes `depth` links around one, nearest first and each level by id, at most `limit`, with the
 * links between them (the item graph is bipartite, so those are exactly the links the levels crossed), and the
 * same GraphML document. The document is rendered by the API's own pure serialiser, so the floor pays the same
 * rendering cost; everything read from the database is hand-written here.
 */
export async function neighborhood(driver: Driver, variables: Row, database?: string): Promise<unknown> {
  const id = required(variables, "id");
  const depth = bounded(variables, "depth", 1, 3);
  const limit = bounded(variables, "limit", 200, 2000);
  const label = labelOfId(id);
  if (label === null) return { neighborhood: null };
  const [row] = await readRows(
    driver,
    `MATCH (c:${label} {id: $id})
WITH [c] AS included, [c] AS frontier, false AS truncated${level(1)}${level(2)}${level(3)}
RETURN truncated,
  [n IN included | n {.id, .title, .name, .slug, .domain, type: labels(n)[0]}] AS nodes,
  COLLECT {
    UNWIND included AS i WITH i WHERE i:Item
    CALL (i, included) {
      MATCH (i)-[r:MENTIONS|HAS_THEME]->(x) WHERE x IN included RETURN type(r) AS type, x.id AS target
      UNION
      MATCH (i)-[:CITES]->(:Source)-[:PUBLISHED_BY]->(x) WHERE x IN included RETURN 'CITED_BY' AS type, x.id AS target
    }
    WITH i, target, type ORDER BY i.id, target, type RETURN {source: i.id, target: target, type: type}
  } AS edges`,
    { id, depth: cypherInt(depth), limit: cypherInt(limit) },
    database,
  );
  if (!row) return { neighborhood: null };
  if (!DRAWABLE.has(label)) throw new Error(`a neighborhood starts at an item, organization, theme or publisher, not a ${label}`);
  const nodes = (row["nodes"] as Row[]).map(viewNode);
  const edges = (row["edges"] as Row[]).map((e) => ({ id: `${e["type"]}:${e["source"]}:${e["target"]}`, ...e })) as GraphEdge[];
  return { neighborhood: { truncated: row["truncated"], nodes, edges, export: toGraphML({ nodes, edges }) } };
}

type GraphNode = Parameters<typeof toGraphML>[0]["nodes"][number];
type GraphEdge = Parameters<typeof toGraphML>[0]["edges"][number];

/** The label a drawing shows: an item's short title, an organization's name, a theme's slug, a publisher's domain. */
function viewNode(node: Row): GraphNode {
  const type = node["type"] as GraphNode["type"];
  const label = type === "Item" ? shortLabel(String(node["title"])) : String(node[{ Organization: "name", Theme: "slug", Publisher: "domain" }[type]]);
  return { id: node["id"] as string, type, label };
}
