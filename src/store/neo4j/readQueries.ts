import type { NodeType } from "../../domain/ids.js";
import { ItemCard } from "../../domain/Item.js";
import { Organization } from "../../domain/Organization.js";
import { normalizeName } from "../../domain/normalizeName.js";
import type { DateRange, ItemQuery, OrganizationOrder, PageRequest } from "../GraphStore.js";
import { int } from "neo4j-driver";
import type { CombinableQuery } from "./combinedReads.js";
import type { CypherQuery } from "./Neo4jExecutor.js";
import { NODE_PROPERTIES } from "./propertyLists.js";

/**
 * Builders of read statements. Each returns Cypher and parameters; none touches the driver.
 * SKIP, LIMIT and slice bounds must be Cypher integers, hence `int()`: plain JS numbers arrive as floats.
 */

const itemOrder = (query: ItemQuery) =>
  query.order === "OLDEST_FIRST" ? "ORDER BY i.date ASC, i.position ASC" : "ORDER BY i.date DESC, i.position ASC";
export const ORGANIZATION_NAME_ORDER = "toLower(o.name) ASC, o.id ASC";

/** An organization as the list of its record's property values (propertyLists.ts). */
const ORGANIZATION = NODE_PROPERTIES.Organization;

/**
 * An organization as a map of its record's properties. `names`, the normalized forms stored for look-ups by name,
 * stays in the database: the record does not carry it, and it would only be decoded to be dropped.
 */
const ORGANIZATION_KEYS = Object.keys(Organization.shape).map((key) => `.${key}`).join(", ");
export const organizationMap = (variable: string) => `${variable} {${ORGANIZATION_KEYS}}`;

/** The properties of an item's card (ItemCard), as a map projection's keys. */
const ITEM_CARD_KEYS = Object.keys(ItemCard.shape).map((key) => `.${key}`).join(", ");

/** Nodes of several types by id, in one statement: one index seek per label. */
export function nodesQuery(rows: Array<{ id: string; type: NodeType }>): CombinableQuery {
  const labels: NodeType[] = ["Briefing", "Item", "Organization", "Theme", "Risk", "Source", "Publisher"];
  const branches = labels.map(
    (label) => `MATCH (n:${label} {id: row.id}) WHERE row.type = '${label}' RETURN n, '${label}' AS type`,
  );
  return {
    cypher: `UNWIND $rows AS row CALL (row) { ${branches.join(" UNION ALL ")} } RETURN row.id AS id, type, n {.*} AS node`,
    params: { rows },
    columns: ["id", "type", "node"],
  };
}

export function briefingsQuery(page: PageRequest): CypherQuery {
  return {
    cypher: `
CALL () { MATCH (b:Briefing) RETURN count(b) AS totalCount }
CALL () {
  MATCH (b:Briefing) WITH b ORDER BY b.date DESC SKIP $offset LIMIT $limit
  RETURN collect({briefing: b {.*}, itemCount: COUNT { (b)<-[:IN_BRIEFING]-() }}) AS rows
}
RETURN totalCount, rows`,
    params: { offset: int(page.offset), limit: int(page.limit) },
  };
}

export function briefingByDateQuery(date: string): CombinableQuery {
  return { cypher: "MATCH (b:Briefing {date: $date}) RETURN b {.*} AS node", params: { date }, columns: ["node"] };
}

/**
 * Items in a date range that a dated item query with an organization or theme anchor counts up to, to choose its
 * plan: a range holding fewer items than the anchor has links is read from the item_date index, checking each
 * item's link to the anchor; otherwise the anchor's links are followed, checking each item's date. Counting stops
 * here, so choosing costs at most this many index entries.
 */
const DATE_FIRST_MAX_ITEMS = 2000;

/**
 * The MATCH and WHERE of an item query, binding `i`. The most selective anchor (briefing, organization, theme,
 * publisher) starts the pattern; the other conditions filter. An organization or theme with a date range gets
 * the cheaper of two plans, chosen inside the statement (anchoredInRange).
 */
export function itemMatch(query: ItemQuery, prefix = "q"): CypherQuery {
  const params: Record<string, unknown> = {};
  const p = (name: string, value: unknown) => {
    params[`${prefix}_${name}`] = value;
    return `$${prefix}_${name}`;
  };
  const dateBounds = (v: string) =>
    [query.from === undefined ? null : `${v}.date >= ${p("from", query.from)}`, query.to === undefined ? null : `${v}.date <= ${p("to", query.to)}`].filter(
      (bound): bound is string => bound !== null,
    );
  const conditions: string[] = [];
  // An organization named rather than identified is looked up first, binding `named` (no row when none has the name).
  const named = query.organizationName !== undefined;
  let prelude = "";
  if (query.organizationName !== undefined) {
    prelude = `CALL () { ${organizationNamed(query.organizationName, p)} RETURN o AS named }\n`;
    if (query.organizationId !== undefined) prelude += `WITH named WHERE named.id = ${p("organizationId", query.organizationId)}\n`;
  }
  const organization = (variable = "") => (named ? "(named)" : `(${variable}:Organization {id: ${p("organizationId", query.organizationId)}})`);
  const byOrganization = query.organizationId !== undefined || named;
  const theme = (variable = "") => `(${variable}:Theme {id: ${p("themeId", query.themeId)}})`;
  const publisher = () => `(:Publisher {id: ${p("publisherId", query.publisherId)}})`;
  let match: string;
  let datesInMatch = false;
  let distinct = false;
  if (query.briefingId !== undefined) {
    match = `MATCH (i:Item {briefingId: ${p("briefingId", query.briefingId)}})`;
    if (byOrganization) conditions.push(`EXISTS { (i)-[:MENTIONS]->${organization()} }`);
    if (query.themeId !== undefined) conditions.push(`EXISTS { (i)-[:HAS_THEME]->${theme()} }`);
  } else if (byOrganization || query.themeId !== undefined) {
    const [anchor, link] = byOrganization ? [organization, "MENTIONS"] : [theme, "HAS_THEME"];
    if (byOrganization && query.themeId !== undefined) conditions.push(`EXISTS { (i)-[:HAS_THEME]->${theme()} }`);
    datesInMatch = query.from !== undefined || query.to !== undefined;
    const bindAnchor = byOrganization && named ? "WITH named AS a" : `MATCH ${anchor("a")}`;
    match = datesInMatch ? anchoredInRange(bindAnchor, link, dateBounds) : `MATCH ${anchor()}<-[:${link}]-(i:Item)`;
  } else if (query.publisherId !== undefined) {
    // A publisher reaches one item through each of its sources.
    match = `MATCH ${publisher()}<-[:PUBLISHED_BY]-(:Source)<-[:CITES]-(i:Item)`;
    distinct = true;
  } else {
    match = "MATCH (i:Item)";
  }
  if (query.publisherId !== undefined && !distinct) conditions.push(`EXISTS { (i)-[:CITES]->(:Source)-[:PUBLISHED_BY]->${publisher()} }`);
  if (query.riskId !== undefined) conditions.push(`EXISTS { (i)-[:HAS_RISK]->(:Risk {id: ${p("riskId", query.riskId)}}) }`);
  if (!datesInMatch) conditions.push(...dateBounds("i"));
  if (query.section !== undefined) conditions.push(`i.section = ${p("section", query.section)}`);
  if (query.text !== undefined) {
    const text = p("text", query.text.toLowerCase());
    conditions.push(`(toLower(i.title) CONTAINS ${text} OR toLower(coalesce(i.summary, '')) CONTAINS ${text} OR toLower(coalesce(i.details, '')) CONTAINS ${text})`);
  }
  const where = conditions.length === 0 ? "" : `${datesInMatch ? " WITH i" : ""} WHERE ${conditions.join(" AND ")}`;
  return { cypher: `${prelude}${match}${where}${distinct ? " WITH DISTINCT i" : ""}`, params };
}

/**
 * An organization's or theme's items inside a date range, by the cheaper of two plans chosen in the statement
 * from the anchor's link count (a degree, free to read) and the range's item count (up to DATE_FIRST_MAX_ITEMS):
 * a hub organization in a narrow range reads a few hundred items from the date index instead of following its
 * ten thousand links; a rare one over years follows its few links. Both branches give the same items.
 */
function anchoredInRange(bindAnchor: string, link: string, dateBounds: (v: string) => string[]): string {
  // `bindAnchor` binds `a`.
  // The items counted for the choice are kept: the date-first plan checks them rather than reading the range again.
  const dateFirst = `dated < ${DATE_FIRST_MAX_ITEMS} AND dated < degree`;
  return `${bindAnchor}
WITH a, COUNT { (a)<-[:${link}]-() } AS degree,
  COLLECT { MATCH (x:Item) WHERE ${dateBounds("x").join(" AND ")} RETURN x LIMIT ${DATE_FIRST_MAX_ITEMS} } AS inRange
WITH a, degree, inRange, size(inRange) AS dated
CALL (a, degree, dated, inRange) {
  WITH a, inRange WHERE ${dateFirst}
  UNWIND inRange AS i WITH a, i WHERE (i)-[:${link}]->(a)
  RETURN i
  UNION ALL
  WITH a WHERE NOT (${dateFirst})
  MATCH (a)<-[:${link}]-(i:Item) WHERE ${dateBounds("i").join(" AND ")}
  RETURN i
}`;
}

export function itemsQuery(query: ItemQuery, page: PageRequest): CypherQuery {
  const { cypher, params } = pageOfItems({ query, page }, 0);
  return { cypher: `${cypher}\nRETURN t0 AS totalCount, [i IN p0 | i {.*}] AS rows`, params };
}

/**
 * The items of one request of a batch, binding `t<index>` (how many match) and `p<index>` (the page's item nodes,
 * in order). An anchored query (briefing, organization, theme, publisher) is matched once, all its items sorted
 * and sliced; one over all items (or only dates) is counted and paged separately, so that the count comes from
 * the counts store or the date index and the page from a top-k sort rather than a list of every item.
 */
export function pageOfItems({ query, page }: { query: ItemQuery; page: PageRequest }, index: number): CypherQuery {
  const built = itemMatch(query, `q${index}`);
  const [t, p, o, l] = [`t${index}`, `p${index}`, `$o${index}`, `$l${index}`];
  const params = { ...built.params, [`o${index}`]: int(page.offset), [`l${index}`]: int(page.limit) };
  const anchor = soleAnchor(query);
  if (anchor !== null) {
    params[`a${index}`] = anchor.id;
    return { cypher: soleAnchorPage(anchor, query, [t, p, o, l], `$a${index}`), params };
  }
  const anchored =
    query.briefingId !== undefined || query.organizationId !== undefined || query.organizationName !== undefined || query.themeId !== undefined || query.publisherId !== undefined;
  const cypher = anchored
    ? `CALL () { ${built.cypher} WITH i ${itemOrder(query)} WITH collect(i) AS matching RETURN size(matching) AS ${t}, matching[${o}..(${o} + ${l})] AS ${p} }`
    : `CALL () { ${built.cypher} RETURN count(i) AS ${t} }
CALL () { ${built.cypher} WITH i ${itemOrder(query)} SKIP ${o} LIMIT ${l} RETURN collect(i) AS ${p} }`;
  return { cypher, params };
}

/** The organization or theme id of a query that asks for nothing else (an order aside), or null. */
function soleAnchor(query: ItemQuery): { label: "Organization" | "Theme"; link: string; id: string } | null {
  const given = Object.entries(query).filter(([key, value]) => value !== undefined && key !== "order").map(([key]) => key);
  if (given.length !== 1) return null;
  if (query.organizationId !== undefined) return { label: "Organization", link: "MENTIONS", id: query.organizationId };
  if (query.themeId !== undefined) return { label: "Theme", link: "HAS_THEME", id: query.themeId };
  return null;
}

/**
 * A page of an organization's or theme's items, and their count, by the cheaper of two plans chosen in the statement.
 * The count is the anchor's degree (only items link to it). For a hub (a theme on a fifth of all items), the page
 * comes from walking the date index in order and keeping the anchor's items until the page is full: about
 * (offset + limit) x items / degree index entries, instead of sorting the hub's tens of thousands of items (04's
 * theme page: 20 ms -> 3 ms on 10 years). For a rarer anchor, the walk would pass most of the index, and its few
 * items are sorted instead: the walk is taken when degree^2 > (offset + limit) x items. Both give the same page.
 */
function soleAnchorPage(
  anchor: { label: string; link: string },
  query: ItemQuery,
  [t, p, o, l]: readonly string[],
  idParam: string,
): string {
  const walk = `degree * degree > (${o} + ${l}) * items`;
  // Each plan's condition sits where the planner cannot run the other plan's scan first: the walk's as the lower
  // bound of its index seek ("~" sorts after every ISO date, so the seek finds nothing), the sort's as the list its
  // anchor is unwound from. The last branch keeps the row when neither gives an item (no such anchor, or a page
  // past the end); collect drops its null.
  return `CALL () {
  OPTIONAL MATCH (a:${anchor.label} {id: ${idParam}})
  WITH a, CASE WHEN a IS NULL THEN 0 ELSE COUNT { (a)<-[:${anchor.link}]-() } END AS degree, COUNT { (:Item) } AS items
  CALL (a, degree, items) {
    WITH a, CASE WHEN a IS NOT NULL AND ${walk} THEN "" ELSE "~" END AS fromDate
    MATCH (i:Item) WHERE i.date >= fromDate AND (i)-[:${anchor.link}]->(a)
    WITH i ${itemOrder(query)} SKIP ${o} LIMIT ${l}
    RETURN i
    UNION ALL
    UNWIND CASE WHEN a IS NOT NULL AND NOT (${walk}) THEN [a] ELSE [] END AS rare
    MATCH (rare)<-[:${anchor.link}]-(i:Item)
    WITH i ${itemOrder(query)} SKIP ${o} LIMIT ${l}
    RETURN i
    UNION ALL
    RETURN null AS i
  }
  WITH degree, i ${itemOrder(query)}
  RETURN degree AS ${t}, collect(i) AS ${p}
}`;
}

/** Pages of items for many queries in one statement. */
export function itemPagesQuery(requests: ReadonlyArray<{ query: ItemQuery; page: PageRequest }>): CypherQuery {
  const params: Record<string, unknown> = {};
  const parts = requests.map((request, index) => {
    const built = pageOfItems(request, index);
    Object.assign(params, built.params);
    return `${built.cypher}\nWITH *, [i IN p${index} | i {${ITEM_CARD_KEYS}}] AS r${index}`;
  });
  const pages = requests.map((_, index) => `{totalCount: t${index}, rows: r${index}}`);
  return { cypher: `${parts.join("\n")}\nRETURN [${pages.join(", ")}] AS pages`, params };
}

/** Matching items counted per briefing date. */
export function itemCountsByDateQuery(query: ItemQuery): CypherQuery {
  const { cypher, params } = itemMatch(query);
  return { cypher: `${cypher} RETURN i.date AS date, count(i) AS count ORDER BY date`, params };
}

/** Organization x theme counts over items inside a range. */
export function organizationThemeMatrixQuery(range: DateRange, limit: number): CypherQuery {
  return organizationMatrixQuery(range, limit, { link: "HAS_THEME", order: "slug", column: "theme" });
}

/** Organization x risk counts over items inside a range. */
export function organizationRiskMatrixQuery(range: DateRange, limit: number): CypherQuery {
  return organizationMatrixQuery(range, limit, { link: "HAS_RISK", order: "code", column: "risk" });
}

/**
 * Items inside a range counted per (organization, target) pair, largest first, then organization name, then target.
 * The linked nodes carry no label in the pattern: MENTIONS only ever points at an Organization and HAS_THEME or
 * HAS_RISK at a Theme or Risk (writeQueries), and checking the label of each of ~280,000 expanded links on 10
 * years was a fifth of the statement (p50 627 -> 508 ms, alternating runs; same answer).
 */
function organizationMatrixQuery(
  range: DateRange,
  limit: number,
  target: { link: string; order: string; column: string },
): CypherQuery {
  return {
    cypher: `
MATCH (o)<-[:MENTIONS]-(i:Item)-[:${target.link}]->(t)
WHERE ${rangeCondition(range)}
WITH o, t, count(i) AS count
ORDER BY count DESC, ${ORGANIZATION_NAME_ORDER}, t.${target.order} ASC
LIMIT $limit
RETURN ${organizationMap("o")} AS organization, t {.*} AS ${target.column}, count`,
    params: { from: range.from ?? null, to: range.to ?? null, limit: int(limit) },
  };
}

/** Counts for many item queries in one statement, one subquery each. */
export function itemCountsQuery(queries: readonly ItemQuery[]): CypherQuery {
  const params: Record<string, unknown> = {};
  const parts = queries.map((query, index) => {
    const built = itemMatch(query, `q${index}`);
    Object.assign(params, built.params);
    return `CALL () { ${built.cypher} RETURN count(i) AS c${index} }`;
  });
  const columns = queries.map((_, index) => `c${index}`);
  return { cypher: `${parts.join("\n")}\nRETURN [${columns.join(", ")}] AS counts`, params };
}

export function organizationsOfItemsQuery(itemIds: readonly string[]): CypherQuery {
  return {
    cypher: `
UNWIND $itemIds AS itemId
MATCH (:Item {id: itemId})-[m:MENTIONS]->(o:Organization)
RETURN itemId, ${organizationMap("o")} AS organization, m.evidence AS evidence
ORDER BY ${ORGANIZATION_NAME_ORDER}`,
    params: { itemIds },
  };
}

export function themesOfItemsQuery(itemIds: readonly string[]): CypherQuery {
  return {
    cypher: `
UNWIND $itemIds AS itemId
MATCH (:Item {id: itemId})-[h:HAS_THEME]->(t:Theme)
RETURN itemId, t {.*} AS theme, h.evidence AS evidence
ORDER BY t.slug`,
    params: { itemIds },
  };
}

export function risksOfItemsQuery(itemIds: readonly string[]): CypherQuery {
  return {
    cypher: `
UNWIND $itemIds AS itemId
MATCH (:Item {id: itemId})-[h:HAS_RISK]->(r:Risk)
RETURN itemId, r {.*} AS risk, h.evidence AS evidence
ORDER BY r.code`,
    params: { itemIds },
  };
}

/**
 * For each item, other items naming one of its organizations: most shared first, then newest briefing, then
 * briefing order; the shared organizations by name.
 */
export function itemsSharingOrganizationsQuery(itemIds: readonly string[], limit: number): CypherQuery {
  return {
    cypher: `
UNWIND $itemIds AS id
MATCH (i:Item {id: id})-[:MENTIONS]->(o:Organization)<-[:MENTIONS]-(other:Item)
WHERE other <> i
WITH id, other, o ORDER BY ${ORGANIZATION_NAME_ORDER}
WITH id, other, collect(${organizationMap("o")}) AS shared
ORDER BY id, size(shared) DESC, other.date DESC, other.position ASC
WITH id, collect({item: other {.*}, shared: shared})[0..$limit] AS rows
UNWIND rows AS row
RETURN id, row.item AS item, row.shared AS shared`,
    params: { itemIds, limit: int(limit) },
  };
}

export function sourcesOfItemsQuery(itemIds: readonly string[]): CypherQuery {
  return {
    cypher: `
UNWIND $itemIds AS itemId
MATCH (:Item {id: itemId})-[c:CITES]->(s:Source)-[:PUBLISHED_BY]->(p:Publisher)
RETURN itemId, s {.*} AS source, p {.*} AS publisher
ORDER BY c.position`,
    params: { itemIds },
  };
}

/**
 * The organization of a name, by any of its normalized names. Ties between organizations sharing a name are broken
 * the same way in every store: confidence, then id.
 *
 * No range index answers "a member of a list property", so the look-up goes through `organization_names`, a full-text
 * index with the keyword analyzer: each normalized name is one term, and a quoted query is one exact term. The index
 * only narrows the candidates; `$name IN o.names` decides. (A label scan took 3-4 ms on 2,000 organizations and grows
 * with them; the index look-up about 0.5 ms.)
 */
/**
 * Organizations by normalized name, several in one statement (one full-text look-up each): rows {index, node}, one
 * per name that some organization has, `index` its place in `names`.
 */
export function organizationsByNameQuery(names: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND range(0, size($names) - 1) AS index
CALL (index) {
  CALL db.index.fulltext.queryNodes('organization_names', $terms[index]) YIELD node AS o
  WHERE o:Organization AND $names[index] IN o.names
  WITH o ORDER BY o.confidence DESC, o.id LIMIT 1
  RETURN o
}
RETURN index, ${organizationMap("o")} AS node`,
    params: { names, terms: names.map(exactTerm) },
  };
}

function organizationNamed(name: string, param: (key: string, value: unknown) => string): string {
  const normalized = normalizeName(name);
  const nameParam = param("name", normalized);
  return `CALL db.index.fulltext.queryNodes('organization_names', ${param("term", exactTerm(normalized))}) YIELD node AS o
WHERE o:Organization AND ${nameParam} IN o.names
WITH o ORDER BY o.confidence DESC, o.id LIMIT 1`;
}

/** A Lucene query matching exactly `value` as one term of a keyword-analyzed index. */
export function exactTerm(value: string): string {
  return `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

/**
 * The date bounds of `range` on items `i`, only those given: a bound written as "$from IS NULL OR …" keeps the
 * planner from using the item_date index. "true" when the range is open at both ends.
 */
function rangeCondition(range: DateRange): string {
  const bounds = [range.from === undefined ? null : "i.date >= $from", range.to === undefined ? null : "i.date <= $to"];
  return bounds.filter((b) => b !== null).join(" AND ") || "true";
}

/**
 * A page of organizations with their item counts and first and last dates inside `range`. Each row is the list
 * [organization's property list, itemCount, firstSeen, lastSeen] rather than maps (propertyLists.ts): 12-rankings'
 * statement took ~0.08 ms less (p50 2.25 -> 2.17 ms alone, interleaved).
 */
export function organizationsQuery(range: DateRange, order: OrganizationOrder, page: PageRequest): CypherQuery {
  const orderBy = order === "ITEM_COUNT_DESC" ? `itemCount DESC, ${ORGANIZATION_NAME_ORDER}` : ORGANIZATION_NAME_ORDER;
  // Items first, so that a date range is an index seek.
  const stats = `
MATCH (i:Item) WHERE ${rangeCondition(range)}
MATCH (i)-[:MENTIONS]->(o:Organization)
WITH o, count(i) AS itemCount, min(i.date) AS firstSeen, max(i.date) AS lastSeen`;
  const params = { from: range.from ?? null, to: range.to ?? null, offset: int(page.offset), limit: int(page.limit) };
  if (page.countTotal === false) {
    // No total: the database keeps only the best offset + limit + 1 while sorting (a top-k sort), and the row past
    // the page says whether another page follows.
    return {
      cypher: `${stats}
ORDER BY ${orderBy} SKIP $offset LIMIT $limit + 1
WITH collect([${ORGANIZATION.cypher("o")}, itemCount, firstSeen, lastSeen]) AS found
RETURN $offset + size(found) AS totalCount, found[0..$limit] AS rows`,
      params,
    };
  }
  // The statistics are computed once for total and page, and only the page's organizations are read.
  return {
    cypher: `${stats}
ORDER BY ${orderBy}
WITH collect([o, itemCount, firstSeen, lastSeen]) AS ranked
CALL (ranked) {
  UNWIND ranked[$offset..($offset + $limit)] AS r WITH r[0] AS o, r
  RETURN collect([${ORGANIZATION.cypher("o")}, r[1], r[2], r[3]]) AS rows
}
RETURN size(ranked) AS totalCount, rows`,
    params,
  };
}

export function organizationStatsQuery(organizationIds: readonly string[], range: DateRange): CypherQuery {
  return {
    cypher: `
UNWIND $ids AS id
MATCH (o:Organization {id: id})
OPTIONAL MATCH (o)<-[:MENTIONS]-(i:Item) WHERE ${rangeCondition(range)}
RETURN id, ${organizationMap("o")} AS organization, count(i) AS itemCount, min(i.date) AS firstSeen, max(i.date) AS lastSeen`,
    params: { ids: organizationIds, from: range.from ?? null, to: range.to ?? null },
  };
}

export function themesOfOrganizationsQuery(organizationIds: readonly string[]): CypherQuery {
  return {
    cypher: `
UNWIND $ids AS id
MATCH (:Organization {id: id})<-[:MENTIONS]-(i:Item)-[:HAS_THEME]->(t:Theme)
WITH id, t, count(i) AS count
ORDER BY count DESC, t.slug ASC
RETURN id, collect({theme: t {.*}, count: count}) AS rows`,
    params: { ids: organizationIds },
  };
}

export function connectedOrganizationsQuery(organizationIds: readonly string[], limit: number): CypherQuery {
  return {
    cypher: `
UNWIND $ids AS id
MATCH (self:Organization {id: id})<-[:MENTIONS]-(i:Item)-[:MENTIONS]->(o:Organization)
WHERE o <> self
WITH id, o, count(DISTINCT i) AS count
ORDER BY count DESC, ${ORGANIZATION_NAME_ORDER}
RETURN id, collect({organization: ${organizationMap("o")}, count: count})[0..$limit] AS rows`,
    params: { ids: organizationIds, limit: int(limit) },
  };
}

/**
 * Typed relations of each organization, either end: RELATED relationships between organizations, each carrying
 * its type, the id of the item stating it and the evidence as JSON.
 */
export function relationsOfOrganizationsQuery(organizationIds: readonly string[]): CypherQuery {
  return {
    cypher: `
UNWIND $ids AS id
MATCH (o:Organization {id: id})-[r:RELATED]-(other:Organization)
WITH id, r, other, startNode(r) = o AS outgoing
RETURN id, r.type AS type, outgoing, other {.*} AS other, r.itemId AS itemId, r.evidence AS evidence
ORDER BY id, type, CASE WHEN outgoing THEN 0 ELSE 1 END, toLower(other.name) ASC, other.id ASC, itemId`,
    params: { ids: organizationIds },
  };
}

/*
 * Counts of a node's items are written as COUNT { (n)<-[:TYPE]-() }, with no label on the far end: only items
 * have IN_BRIEFING, MENTIONS, HAS_THEME and HAS_RISK links (writeQueries), and an unlabelled count is the node's
 * stored degree, read at once, where `(:Item)` makes Neo4j visit every link to check the label (24 themes of a
 * 10-year corpus: 70 ms against 2 ms).
 */

export function themesQuery(): CypherQuery {
  return {
    cypher: "MATCH (t:Theme) RETURN t {.*} AS theme, COUNT { (t)<-[:HAS_THEME]-() } AS itemCount ORDER BY t.slug",
    params: {},
  };
}

export function themeBySlugQuery(slug: string): CombinableQuery {
  return { cypher: "MATCH (t:Theme {slug: $slug}) RETURN t {.*} AS node", params: { slug }, columns: ["node"] };
}

export function risksQuery(): CypherQuery {
  return {
    cypher: "MATCH (r:Risk) RETURN r {.*} AS risk, COUNT { (r)<-[:HAS_RISK]-() } AS itemCount ORDER BY r.code",
    params: {},
  };
}

export function riskByCodeQuery(code: string): CombinableQuery {
  return { cypher: "MATCH (r:Risk {code: $code}) RETURN r {.*} AS node", params: { code }, columns: ["node"] };
}

export function organizationsOfThemesQuery(themeIds: readonly string[], limit: number): CypherQuery {
  return {
    cypher: `
UNWIND $ids AS id
MATCH (:Theme {id: id})<-[:HAS_THEME]-(i:Item)-[:MENTIONS]->(o:Organization)
WITH id, o, count(i) AS count
ORDER BY count DESC, ${ORGANIZATION_NAME_ORDER}
RETURN id, collect({organization: ${organizationMap("o")}, count: count})[0..$limit] AS rows`,
    params: { ids: themeIds, limit: int(limit) },
  };
}

export function publishersQuery(page: PageRequest): CypherQuery {
  const stats = `
MATCH (p:Publisher)
WITH p, COUNT { MATCH (p)<-[:PUBLISHED_BY]-(:Source)<-[:CITES]-(i:Item) RETURN DISTINCT i } AS itemCount`;
  return {
    cypher: `
CALL () { MATCH (p:Publisher) RETURN count(p) AS totalCount }
CALL () { ${stats} ORDER BY itemCount DESC, p.domain ASC SKIP $offset LIMIT $limit
  RETURN collect({publisher: p {.*}, itemCount: itemCount}) AS rows }
RETURN totalCount, rows`,
    params: { offset: int(page.offset), limit: int(page.limit) },
  };
}

export function countsQuery(): CypherQuery {
  return {
    cypher: `
RETURN COUNT { (:Briefing) } AS briefings, COUNT { (:Item) } AS items, COUNT { (:Organization) } AS organizations,
       COUNT { (:Theme) } AS themes, COUNT { (:Source) } AS sources, COUNT { (:Publisher) } AS publishers`,
    params: {},
  };
}
