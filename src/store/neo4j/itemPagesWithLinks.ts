import { Briefing } from "../../domain/Briefing.js";
import { Item } from "../../domain/Item.js";
import { Organization } from "../../domain/Organization.js";
import { Publisher } from "../../domain/Publisher.js";
import { Risk } from "../../domain/Risk.js";
import { Source } from "../../domain/Source.js";
import { Theme } from "../../domain/Theme.js";
import type { ItemLinks, ItemLinkSelection, ItemQuery, PageRequest, PageWithLinks } from "../GraphStore.js";
import type { CombinableQuery } from "./combinedReads.js";
import { propertyList, type PropertyList } from "./propertyLists.js";
import { ORGANIZATION_NAME_ORDER, pageOfItems } from "./readQueries.js";
import { toBriefing, toEvidence, toItem, toOrganization, toPublisher, toRisk, toSource, toTheme } from "./records.js";

/**
 * Pages of items for many queries with the selected links of every row, in one statement, so that one round trip
 * serves a connection and its rows.
 *
 * Rows name the organizations, themes, risks, briefings and publishers they link to by id; each of those records
 * comes once, in a table beside the pages. A page of a day's items names the same few themes and publishers dozens
 * of times, and the driver's decoding grows with the bytes sent: 02's answer went from 49 to 34 KB and its statement
 * from ~2.7 to ~2.0 ms on the 10-year bench corpus (the statement alone through the driver, p50), level with the
 * hand-written floor's. Rows and records are lists rather than maps (propertyLists.ts).
 */
export function itemPagesWithLinksQuery(
  requests: ReadonlyArray<{ query: ItemQuery; page: PageRequest }>,
  selection: ItemLinkSelection,
): CombinableQuery {
  const params: Record<string, unknown> = {};
  const links = selectedLinks(selection);
  const parts = requests.map((request, index) => {
    const built = pageOfItems(request, index);
    Object.assign(params, built.params);
    const rowFields = ["row", ITEM.cypher("i"), ...links.map((l) => l.value ?? l.field)];
    const nodeLists = links.map((l) => `collect(${l.nodes}) AS ${l.nodes}${index}`);
    return `${built.cypher}
CALL (p${index}) {
  UNWIND range(0, size(p${index}) - 1) AS row WITH row, p${index}[row] AS i
  ${links.map((l) => l.subquery).join("\n  ")}
  RETURN ${[`collect([${rowFields.join(", ")}]) AS r${index}`, ...nodeLists].join(", ")} }`;
  });
  const pages = requests.map((_, index) => `{totalCount: t${index}, rows: r${index}}`);
  const tables = links.map((l) => {
    const lists = requests.map((_, index) => `${l.nodes}${index}`).join(" + ");
    return `COLLECT { UNWIND ${lists} AS list UNWIND list AS n WITH DISTINCT n RETURN ${l.record.cypher("n")} } AS ${l.table}`;
  });
  return {
    cypher: `${parts.join("\n")}\nRETURN ${[`[${pages.join(", ")}] AS pages`, ...tables].join(",\n  ")}`,
    params,
    columns: ["pages", ...links.map((l) => l.table)],
  };
}

/**
 * One selected kind of link: the per-row subquery binding `field` (what the row keeps: ids, with evidence when
 * asked; or `value` instead) and `nodes` (the linked nodes, for the table), and how a table record is projected.
 */
interface LinkPart {
  field: LinkField;
  value?: string;
  nodes: string;
  subquery: string;
  table: keyof RecordTables;
  record: PropertyList;
}

const ITEM = propertyList(Item);
const SOURCE = propertyList(Source);
const RECORDS = {
  briefings: propertyList(Briefing),
  organizations: propertyList(Organization),
  themes: propertyList(Theme),
  risks: propertyList(Risk),
  publishers: propertyList(Publisher),
} satisfies Record<keyof RecordTables, PropertyList>;

function selectedLinks(selection: ItemLinkSelection): LinkPart[] {
  // An item's links to one label, in `order` (over `v`): an id alone, or [id, evidence JSON] when evidence is
  // asked. An aggregation without grouping keys returns one row even when the MATCH finds nothing, so an item
  // without links keeps its row with empty lists.
  const entityLinks = (table: "organizations" | "themes" | "risks", link: string, label: string, v: string, order: string): LinkPart => ({
    field: table,
    nodes: `${v}s`,
    subquery: `CALL (i) { MATCH (i)-[l:${link}]->(${v}:${label}) WITH l, ${v} ORDER BY ${order}
    RETURN collect(${selection.evidence ? `[${v}.id, l.evidence]` : `${v}.id`}) AS ${table}, collect(${v}) AS ${v}s }`,
    table,
    record: RECORDS[table],
  });
  const parts: LinkPart[] = [];
  if (selection.briefing) {
    parts.push({
      field: "briefingId",
      nodes: "bs",
      value: "i.briefingId",
      subquery: "CALL (i) { MATCH (b:Briefing {id: i.briefingId}) RETURN collect(b) AS bs }",
      table: "briefings",
      record: RECORDS.briefings,
    });
  }
  if (selection.organizations) parts.push(entityLinks("organizations", "MENTIONS", "Organization", "o", ORGANIZATION_NAME_ORDER));
  if (selection.themes) parts.push(entityLinks("themes", "HAS_THEME", "Theme", "t", "t.slug"));
  if (selection.risks) parts.push(entityLinks("risks", "HAS_RISK", "Risk", "r", "r.code"));
  if (selection.sources) {
    // A source is cited by few items; its record stays in the row, beside its publisher's id.
    parts.push({
      field: "sources",
      nodes: "ps",
      subquery: `CALL (i) { MATCH (i)-[c:CITES]->(s:Source)-[:PUBLISHED_BY]->(p:Publisher) WITH c, s, p ORDER BY c.position
    RETURN collect([${SOURCE.cypher("s")}, p.id]) AS sources, collect(p) AS ps }`,
      table: "publishers",
      record: RECORDS.publishers,
    });
  }
  return parts;
}

type Props = Record<string, unknown>;
type Values = unknown[];
/** A link as a row names it: the node's id, or [id, evidence] when evidence was asked. */
type LinkRef = string | [string, unknown];
type LinkField = "briefingId" | "organizations" | "themes" | "risks" | "sources";

/** A row as read: its place, the item, and the selected links (the statement sends them in selectedLinks' order). */
interface LinkedRow {
  row: number;
  item: Props;
  briefingId?: string;
  organizations?: LinkRef[];
  themes?: LinkRef[];
  risks?: LinkRef[];
  sources?: Array<[Values, string]>;
}

interface RecordTables {
  briefings?: Values[];
  organizations?: Values[];
  themes?: Values[];
  risks?: Values[];
  publishers?: Values[];
}

export interface PagesWithLinksRecord extends RecordTables {
  pages: Array<{ totalCount: number; rows: Values[] }>;
}

/**
 * The pages of the statement's record for `selection` (the selection the statement was built for), each row's links
 * taken from the tables (each record parsed once).
 */
export function pagesWithLinks(record: PagesWithLinksRecord | undefined, selection: ItemLinkSelection): PageWithLinks[] {
  if (record === undefined) return [];
  const fields = selectedLinks(selection).map((link) => link.field);
  const table = <T extends { id: string }>(name: keyof RecordTables, parse: (p: Props) => T) =>
    byId((record[name] ?? []).map((values) => parse(RECORDS[name].read(values))));
  const briefings = table("briefings", toBriefing);
  const organizations = table("organizations", toOrganization);
  const themes = table("themes", toTheme);
  const risks = table("risks", toRisk);
  const publishers = table("publishers", toPublisher);
  const linksOf = (row: LinkedRow): ItemLinks => ({
    ...(row.briefingId !== undefined ? { briefing: found(briefings, row.briefingId) } : {}),
    ...(row.organizations ? { organizations: row.organizations.map((ref) => linkOf(ref, organizations, (organization, evidence) => ({ organization, evidence }))) } : {}),
    ...(row.themes ? { themes: row.themes.map((ref) => linkOf(ref, themes, (theme, evidence) => ({ theme, evidence }))) } : {}),
    ...(row.risks ? { risks: row.risks.map((ref) => linkOf(ref, risks, (risk, evidence) => ({ risk, evidence }))) } : {}),
    ...(row.sources ? { sources: row.sources.map(([source, publisherId]) => ({ source: toSource(SOURCE.read(source)), publisher: found(publishers, publisherId) })) } : {}),
  });
  return record.pages.map((page) => {
    // The per-row subqueries need not keep the rows' order; each row carries its place.
    const rows = page.rows.map((values) => linkedRow(values, fields)).sort((a, b) => a.row - b.row);
    return { totalCount: page.totalCount, rows: rows.map((r) => toItem(r.item)), links: rows.map(linksOf) };
  });
}

function linkedRow([row, item, ...links]: Values, fields: readonly LinkField[]): LinkedRow {
  const linked: LinkedRow = { row: row as number, item: ITEM.read(item as Values) };
  fields.forEach((field, index) => Object.assign(linked, { [field]: links[index] }));
  return linked;
}

function byId<T extends { id: string }>(records: T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

function found<T>(table: Map<string, T>, id: string): T {
  const value = table.get(id);
  // The table is built from the very nodes the rows name; a miss means the statement and this reader disagree.
  if (value === undefined) throw new Error(`item page: linked record ${id} missing from its table`);
  return value;
}

function linkOf<T, L>(ref: LinkRef, table: Map<string, T>, link: (node: T, evidence: ReturnType<typeof toEvidence>) => L): L {
  const [id, evidence] = typeof ref === "string" ? [ref, null] : ref;
  return link(found(table, id), toEvidence(evidence));
}
