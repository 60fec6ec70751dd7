import type { Driver } from "neo4j-driver";
import { byOrganizationName, cypherInt, foldName, labelOfId, offsetAfter, organizationByName, page, readRows, required, text, type Row } from "./floorSupport.js";

/**
 * Floors of the list and entity operations (01-06): each one hand-written statement answering exactly what the
 * operation asks for, shaped like the GraphQL `data`. Item order everywhere: newest briefing first, then position.
 */

const NEWEST_ITEMS = "i.date DESC, i.position ASC";

// Item counts are degrees, COUNT { (n)<-[:TYPE]-() }: only items have these links, and a count without a label on
// the far end is read from the node's stored degree instead of visiting every link.

/** 01-briefings: briefings(first: 10), newest first, with their item counts. */
export async function briefings(driver: Driver, _variables: Row, database?: string): Promise<unknown> {
  const [row] = await readRows(
    driver,
    `CALL () { MATCH (b:Briefing) RETURN count(b) AS totalCount }
CALL () {
  MATCH (b:Briefing) WITH b ORDER BY b.date DESC LIMIT $first
  RETURN collect({id: b.id, date: b.date, title: b.title, items: {totalCount: COUNT { (b)<-[:IN_BRIEFING]-() }}}) AS rows
}
RETURN totalCount, rows`,
    { first: cypherInt(10) },
    database,
  );
  const { totalCount, hasNextPage, endCursor, edges } = page(row?.["rows"] as Row[], 0, row?.["totalCount"] as number);
  return { briefings: { totalCount, pageInfo: { hasNextPage, endCursor }, edges } };
}

/** 02-briefing-items: one day's briefing with its first 100 items and their organizations, themes and sources. */
export async function briefingItems(driver: Driver, variables: Row, database?: string): Promise<unknown> {
  const [row] = await readRows(
    driver,
    `MATCH (b:Briefing {date: $date})
RETURN b {.id, .date, .title, items: {
  totalCount: COUNT { (b)<-[:IN_BRIEFING]-() },
  edges: COLLECT {
    MATCH (b)<-[:IN_BRIEFING]-(i:Item) WITH i ORDER BY ${NEWEST_ITEMS} LIMIT $first
    RETURN {node: i {.id, .title, .summary, .details, .section, .priority,
      organizations: COLLECT { MATCH (i)-[:MENTIONS]->(o:Organization) WITH o ORDER BY ${byOrganizationName("o")} RETURN o {.id, .name, .aliases} },
      themes: COLLECT { MATCH (i)-[:HAS_THEME]->(t:Theme) WITH t ORDER BY t.slug RETURN t {.slug, .name} },
      sources: COLLECT {
        MATCH (i)-[c:CITES]->(s:Source)-[:PUBLISHED_BY]->(p:Publisher)
        WITH s, p, c ORDER BY c.position RETURN {url: s.url, publisher: p {.name, .domain}}
      }}}
  }}} AS briefing`,
    { date: required(variables, "date"), first: cypherInt(100) },
    database,
  );
  return { briefing: row?.["briefing"] ?? null };
}

/** 03-organization: an organization by any name, its newest 20 items, its themes and its connected organizations. */
export async function organization(driver: Driver, variables: Row, database?: string): Promise<unknown> {
  const [row] = await readRows(
    driver,
    `${organizationByName("name")}
CALL (o) {
  MATCH (o)<-[:MENTIONS]-(i:Item)-[:HAS_THEME]->(t:Theme)
  WITH t, count(i) AS itemCount ORDER BY itemCount DESC, t.slug
  RETURN collect({theme: {slug: t.slug}, itemCount: itemCount}) AS themes
}
CALL (o) {
  MATCH (o)<-[:MENTIONS]-(i:Item)-[:MENTIONS]->(x:Organization) WHERE x <> o
  WITH x, count(DISTINCT i) AS shared ORDER BY shared DESC, ${byOrganizationName("x")} LIMIT $connected
  RETURN collect({organization: {name: x.name}, sharedItemCount: shared}) AS connectedOrganizations
}
RETURN o {.id, .name, .aliases,
  items: {
    totalCount: COUNT { (o)<-[:MENTIONS]-() },
    edges: COLLECT {
      MATCH (o)<-[:MENTIONS]-(i:Item) WITH i ORDER BY ${NEWEST_ITEMS} LIMIT $items
      MATCH (i)-[:IN_BRIEFING]->(b:Briefing)
      RETURN {node: {title: i.title, briefing: {date: b.date}}}
    }
  },
  themes: themes, connectedOrganizations: connectedOrganizations} AS organization`,
    { name: foldName(required(variables, "name")), items: cypherInt(20), connected: cypherInt(10) },
    database,
  );
  return { organization: row?.["organization"] ?? null };
}

/** 04-theme: every theme with its item count, and one theme with its newest 20 items and top 10 organizations. */
export async function theme(driver: Driver, variables: Row, database?: string): Promise<unknown> {
  const [row] = await readRows(
    driver,
    `CALL () {
  MATCH (t:Theme) WITH t ORDER BY t.slug
  RETURN collect({slug: t.slug, name: t.name, itemCount: COUNT { (t)<-[:HAS_THEME]-() }}) AS themes
}
OPTIONAL MATCH (t:Theme {slug: $slug})
CALL (t) {
  MATCH (t)<-[:HAS_THEME]-(i:Item)-[:MENTIONS]->(o:Organization)
  WITH o, count(i) AS itemCount ORDER BY itemCount DESC, ${byOrganizationName("o")} LIMIT $organizations
  RETURN collect({organization: {name: o.name}, itemCount: itemCount}) AS organizations
}
RETURN themes, CASE WHEN t IS NULL THEN null ELSE t {.id, .slug, .name, .description,
  items: {
    totalCount: COUNT { (t)<-[:HAS_THEME]-() },
    edges: COLLECT { MATCH (t)<-[:HAS_THEME]-(i:Item) WITH i ORDER BY ${NEWEST_ITEMS} LIMIT $items RETURN {node: {title: i.title}} }
  },
  organizations: organizations} END AS theme`,
    { slug: required(variables, "slug").trim().toLowerCase(), items: cypherInt(20), organizations: cypherInt(10) },
    database,
  );
  return { themes: row?.["themes"] ?? [], theme: row?.["theme"] ?? null };
}

/** 06-node-and-publishers: any node by global id, and the 20 publishers cited by most items. */
export async function nodeAndPublishers(driver: Driver, variables: Row, database?: string): Promise<unknown> {
  const id = required(variables, "id");
  // The id tells its label, so the look-up is one index seek; an id that is not ours matches nothing.
  const label = labelOfId(id) ?? "Item";
  const [row] = await readRows(
    driver,
    `CALL () { OPTIONAL MATCH (n:${label} {id: $id}) RETURN n }
CALL () {
  MATCH (p:Publisher)
  WITH p, COUNT { MATCH (p)<-[:PUBLISHED_BY]-(:Source)<-[:CITES]-(i:Item) RETURN DISTINCT i } AS itemCount
  ORDER BY itemCount DESC, p.domain ASC LIMIT $first
  RETURN collect({node: {domain: p.domain, name: p.name, itemCount: itemCount}}) AS edges
}
RETURN n {.id, .name, .title, .date} AS node, COUNT { (:Publisher) } AS totalCount, edges`,
    { id: labelOfId(id) ? id : null, first: cypherInt(20) },
    database,
  );
  const node = row?.["node"] as Row | null;
  return { node: node ? nodeFields(node, label) : null, publishers: { totalCount: row?.["totalCount"], edges: row?.["edges"] } };
}

/** The fields the operation's fragments select for each type. */
function nodeFields(node: Row, label: string): Row {
  const own = { Organization: "name", Item: "title", Briefing: "date" }[label as "Item"] as string | undefined;
  return own === undefined ? { id: node["id"], __typename: label } : { id: node["id"], __typename: label, [own]: node[own] };
}

/** 05-filter-items: items(filter:, first: 2, after:) newest first, with each item's briefing date and organizations. */
export async function filterItems(driver: Driver, variables: Row, database?: string): Promise<unknown> {
  const filter = (variables["filter"] ?? {}) as Row;
  const { match, where, params } = itemFilter(filter);
  const offset = offsetAfter(variables["after"]);
  const rows = await readRows(
    driver,
    `${match}${where}
WITH collect(i) AS matching
CALL (matching) {
  UNWIND matching AS i WITH i ORDER BY ${NEWEST_ITEMS} SKIP $offset LIMIT $first
  MATCH (i)-[:IN_BRIEFING]->(b:Briefing)
  RETURN collect({id: i.id, title: i.title, briefing: {date: b.date},
    organizations: COLLECT { MATCH (i)-[:MENTIONS]->(o:Organization) WITH o ORDER BY ${byOrganizationName("o")} RETURN o {.name} }}) AS rows
}
RETURN size(matching) AS totalCount, rows`,
    { ...params, offset: cypherInt(offset), first: cypherInt(2) },
    database,
  );
  // No row when the named organization does not exist: the API answers an empty connection then.
  const { totalCount, hasNextPage, endCursor, edges } = page((rows[0]?.["rows"] as Row[]) ?? [], offset, (rows[0]?.["totalCount"] as number) ?? 0);
  return { items: { totalCount, pageInfo: { hasNextPage, endCursor }, edges } };
}

/**
 * The MATCH and WHERE of an item filter, written for the filters present: the most selective anchor (organization,
 * theme, publisher) starts the pattern, the rest filter.
 */
function itemFilter(filter: Row): { match: string; where: string; params: Row } {
  const params: Row = {};
  const conditions: string[] = [];
  const org = text(filter, "organization");
  const themeSlug = text(filter, "theme");
  const publisher = text(filter, "publisher");
  let match = "MATCH (i:Item)";
  if (org !== undefined) {
    params["organization"] = foldName(org);
    match = `${organizationByName("organization")}\nMATCH (o)<-[:MENTIONS]-(i:Item)`;
  }
  if (themeSlug !== undefined) {
    params["theme"] = themeSlug;
    if (org === undefined) match = "MATCH (:Theme {slug: $theme})<-[:HAS_THEME]-(i:Item)";
    else conditions.push("EXISTS { (i)-[:HAS_THEME]->(:Theme {slug: $theme}) }");
  }
  if (publisher !== undefined) {
    params["publisher"] = publisher.trim().toLowerCase().replace(/^www\./, "");
    conditions.push("EXISTS { (i)-[:CITES]->(:Source)-[:PUBLISHED_BY]->(:Publisher {domain: $publisher}) }");
  }
  const add = (name: string, condition: string, value: string | undefined) => {
    if (value === undefined) return;
    params[name] = value;
    conditions.push(condition);
  };
  add("risk", "EXISTS { (i)-[:HAS_RISK]->(:Risk {code: $risk}) }", text(filter, "risk")?.trim());
  add("from", "i.date >= $from", text(filter, "from"));
  add("to", "i.date <= $to", text(filter, "to"));
  add("section", "i.section = $section", text(filter, "section"));
  const search = text(filter, "text")?.trim().toLowerCase();
  add("text", "(toLower(i.title) CONTAINS $text OR toLower(coalesce(i.summary, '')) CONTAINS $text OR toLower(coalesce(i.details, '')) CONTAINS $text)", search || undefined);
  return { match, where: conditions.length > 0 ? `\nWHERE ${conditions.join(" AND ")}` : "", params };
}
