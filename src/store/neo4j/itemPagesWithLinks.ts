import type { ItemLinks, ItemLinkSelection, ItemQuery, PageRequest, PageWithLinks } from "../GraphStore.js";
import type { CombinableQuery } from "./combinedReads.js";
import { ITEM_CARD_PROPERTIES, NODE_PROPERTIES, ORGANIZATION_CARD_PROPERTIES, THEME_CARD_PROPERTIES, type PropertyList } from "./propertyLists.js";
import { ORGANIZATION_NAME_ORDER, pageOfItems } from "./readQueries.js";
import { toBriefing, toEvidence, toItemCard, toOrganization, toOrganizationCard, toPublisher, toRisk, toSource, toTheme, toThemeCard } from "./records.js";

/**
 * Pages of items for many queries with the selected links of every row, in one statement, so that one round trip
 * serves a connection and its rows.
 *
 * Each row carries its linked records inline, and every record is a list of property values (propertyLists.ts):
 * on 02 (a day's 31 items) this was faster on both sides than naming links by id with each record once in a
 * table beside the pages (statement alone through the driver, p50 1.95 -> 1.77 ms; CPU per call in Node 1.06 ->
 * 0.93 ms, in Neo4j 1.46 -> 1.26 ms): the tables' DISTINCT and extra lists cost more than the repeated values.
 * The reader parses each record once per statement.
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
    const rowFields = ["row", ITEM_CARD_PROPERTIES.cypher("i"), ...links.map((link) => link.cypher)];
    return `${built.cypher}
CALL (p${index}) {
  UNWIND range(0, size(p${index}) - 1) AS row WITH row, p${index}[row] AS i
  RETURN collect([${rowFields.join(",\n    ")}]) AS r${index} }`;
  });
  const pages = requests.map((_, index) => `[t${index}, r${index}]`);
  return { cypher: `${parts.join("\n")}\nRETURN [${pages.join(", ")}] AS pages`, params, columns: ["pages"] };
}

/** One selected kind of link: the row's field it fills and the Cypher of its list of records, in link order. */
interface LinkPart {
  field: LinkField;
  cypher: string;
}

const { Source: SOURCE, Briefing: BRIEFING, Organization: ORGANIZATION, Theme: THEME, Risk: RISK, Publisher: PUBLISHER } = NODE_PROPERTIES;

function selectedLinks(selection: ItemLinkSelection): LinkPart[] {
  // An item's links to one label, in `order` (over `v`): each linked record, or [record, evidence JSON] when
  // evidence is asked.
  const entityLinks = (field: "organizations" | "organizationCards" | "themes" | "themeCards" | "risks", link: string, label: string, v: string, record: PropertyList, order: string): LinkPart => ({
    field,
    cypher: `COLLECT { MATCH (i)-[l:${link}]->(${v}:${label}) WITH l, ${v} ORDER BY ${order}
      RETURN ${selection.evidence ? `[${record.cypher(v)}, l.evidence]` : record.cypher(v)} }`,
  });
  const parts: LinkPart[] = [];
  if (selection.briefing) {
    parts.push({ field: "briefing", cypher: `COLLECT { MATCH (b:Briefing {id: i.briefingId}) RETURN ${BRIEFING.cypher("b")} }` });
  }
  // Cards carry no evidence: a selection that shows evidence gets whole records.
  const cardsOnly = (cards: boolean | undefined) => cards === true && !selection.evidence;
  if (selection.organizations) {
    parts.push(
      cardsOnly(selection.organizationCards)
        ? entityLinks("organizationCards", "MENTIONS", "Organization", "o", ORGANIZATION_CARD_PROPERTIES, ORGANIZATION_NAME_ORDER)
        : entityLinks("organizations", "MENTIONS", "Organization", "o", ORGANIZATION, ORGANIZATION_NAME_ORDER),
    );
  }
  if (selection.themes) {
    parts.push(
      cardsOnly(selection.themeCards)
        ? entityLinks("themeCards", "HAS_THEME", "Theme", "t", THEME_CARD_PROPERTIES, "t.slug")
        : entityLinks("themes", "HAS_THEME", "Theme", "t", THEME, "t.slug"),
    );
  }
  if (selection.risks) parts.push(entityLinks("risks", "HAS_RISK", "Risk", "r", RISK, "r.code"));
  if (selection.sources) {
    parts.push({
      field: "sources",
      cypher: `COLLECT { MATCH (i)-[c:CITES]->(s:Source)-[:PUBLISHED_BY]->(p:Publisher) WITH c, s, p ORDER BY c.position
      RETURN [${SOURCE.cypher("s")}, ${PUBLISHER.cypher("p")}] }`,
    });
  }
  return parts;
}

type Props = Record<string, unknown>;
type Values = unknown[];
/** A linked record as a row sends it: its values, or [values, evidence] when evidence was asked. */
type LinkRef = Values | [Values, unknown];
type LinkField = "briefing" | "organizations" | "organizationCards" | "themes" | "themeCards" | "risks" | "sources";

/** A row as read: its place, the item, and the selected links (the statement sends them in selectedLinks' order). */
interface LinkedRow {
  row: number;
  item: Values;
  briefing?: Values[];
  organizations?: LinkRef[];
  organizationCards?: Values[];
  themes?: LinkRef[];
  themeCards?: Values[];
  risks?: LinkRef[];
  sources?: Array<[Values, Values]>;
}

export interface PagesWithLinksRecord {
  pages: Array<[number, Values[]]>;
}

/**
 * The pages of the statement's record for `selection` (the selection the statement was built for). A record that
 * several rows link to is parsed once and shared.
 */
export function pagesWithLinks(record: PagesWithLinksRecord | undefined, selection: ItemLinkSelection): PageWithLinks[] {
  if (record === undefined) return [];
  const fields = selectedLinks(selection).map((link) => link.field);
  const briefings = parsedOnce(BRIEFING, toBriefing);
  const organizations = parsedOnce(ORGANIZATION, toOrganization);
  const organizationCards = parsedOnce(ORGANIZATION_CARD_PROPERTIES, toOrganizationCard);
  const themes = parsedOnce(THEME, toTheme);
  const themeCards = parsedOnce(THEME_CARD_PROPERTIES, toThemeCard);
  const risks = parsedOnce(RISK, toRisk);
  const publishers = parsedOnce(PUBLISHER, toPublisher);
  const withEvidence = selection.evidence;
  const linksOf = (row: LinkedRow): ItemLinks => {
    const links: ItemLinks = {};
    if (row.briefing) {
      const [briefing] = row.briefing;
      if (briefing === undefined) throw new Error("item page: an item's briefing is missing");
      links.briefing = briefings(briefing);
    }
    if (row.organizations) links.organizations = row.organizations.map((ref) => linkOf(ref, withEvidence, organizations, (organization, evidence) => ({ organization, evidence })));
    if (row.organizationCards) links.organizationCards = row.organizationCards.map(organizationCards);
    if (row.themeCards) links.themeCards = row.themeCards.map(themeCards);
    if (row.themes) links.themes = row.themes.map((ref) => linkOf(ref, withEvidence, themes, (theme, evidence) => ({ theme, evidence })));
    if (row.risks) links.risks = row.risks.map((ref) => linkOf(ref, withEvidence, risks, (risk, evidence) => ({ risk, evidence })));
    if (row.sources) links.sources = row.sources.map(([source, publisher]) => ({ source: toSource(SOURCE.read(source)), publisher: publishers(publisher) }));
    return links;
  };
  return record.pages.map(([totalCount, values]) => {
    // The per-row subqueries need not keep the rows' order; each row carries its place.
    const rows = values.map((row) => linkedRow(row, fields)).sort((a, b) => a.row - b.row);
    return { totalCount, rows: rows.map((r) => toItemCard(ITEM_CARD_PROPERTIES.read(r.item))), links: rows.map(linksOf) };
  });
}

function linkedRow([row, item, ...links]: Values, fields: readonly LinkField[]): LinkedRow {
  const linked: LinkedRow = { row: row as number, item: item as Values };
  for (let index = 0; index < fields.length; index += 1) (linked as unknown as Record<LinkField, unknown>)[fields[index] as LinkField] = links[index];
  return linked;
}

/** A reader of one kind of record that parses each id's values once and returns the same object after. */
function parsedOnce<T>(list: PropertyList, parse: (props: Props) => T): (values: Values) => T {
  const parsed = new Map<unknown, T>();
  return (values) => {
    const id = list.idOf(values);
    let record = parsed.get(id);
    if (record === undefined) {
      record = parse(list.read(values));
      parsed.set(id, record);
    }
    return record;
  };
}

function linkOf<T, L>(ref: LinkRef, withEvidence: boolean, read: (values: Values) => T, link: (node: T, evidence: ReturnType<typeof toEvidence>) => L): L {
  const [values, evidence] = withEvidence ? (ref as [Values, unknown]) : [ref as Values, null];
  return link(read(values), toEvidence(evidence));
}
