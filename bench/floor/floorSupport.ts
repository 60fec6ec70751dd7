import neo4j, { type Driver } from "neo4j-driver";
import { normalizeName } from "../../src/domain/normalizeName.js";

/**
 * What every floor operation shares: one read statement through the bare driver, and the little client-side work
 * any caller of the driver does anyway (cursors, global-id labels, name folding with the domain's normalizeName).
 * Nothing here calls govgraph's store: the floor must be what a Cypher writer would do by hand.
 */

export type Row = Record<string, unknown>;

/** Runs one read statement (one round trip) and returns its records as plain objects with JS numbers. */
export async function readRows(driver: Driver, cypher: string, params: Row, database?: string): Promise<Row[]> {
  const { records } = await driver.executeQuery(cypher, params, { routing: neo4j.routing.READ, database });
  return records.map((record) => toPlain(record.toObject()) as Row);
}

/** Neo4j integers (when the driver keeps them lossless) as JS numbers, recursively through lists and maps. */
export function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value as Row).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

/** A Cypher integer for SKIP, LIMIT and slices (a JS number would arrive as a float). */
export const cypherInt = (n: number) => neo4j.int(n);

/** The API's opaque cursor of the row at `position`: base64url of "cursor:<position>". */
export const encodeCursor = (position: number) => Buffer.from(`cursor:${position}`, "utf8").toString("base64url");

/** The offset a page starts at after `after` (a cursor of the API); 0 without one. */
export function offsetAfter(after: unknown): number {
  if (typeof after !== "string" || after === "") return 0;
  const text = Buffer.from(after, "base64url").toString("utf8");
  const position = Number(text.slice("cursor:".length));
  if (!text.startsWith("cursor:") || !Number.isSafeInteger(position) || position < 0) throw new Error(`not a cursor: ${after}`);
  return position + 1;
}

/** Relay edges with cursors and the pageInfo fields the operations ask for. */
export function page<T>(rows: T[], offset: number, totalCount: number) {
  const edges = rows.map((node, index) => ({ cursor: encodeCursor(offset + index), node }));
  return { totalCount, hasNextPage: offset + rows.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null, edges };
}

/** The labels a global id can name; the id is base64url of "<Label>:<key>", so its label is known before the query. */
export const LABELS = ["Briefing", "Item", "Organization", "Theme", "Risk", "Source", "Publisher"] as const;
export type Label = (typeof LABELS)[number];

/** The label a global id names, or null when the text is not a global id (then it names nothing). */
export function labelOfId(id: string): Label | null {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const text = Buffer.from(id, "base64url").toString("utf8");
  const colon = text.indexOf(":");
  const label = LABELS.find((l) => l === text.slice(0, colon));
  return label !== undefined && colon + 1 < text.length ? label : null;
}

/** A publisher's global id from a domain as a user writes it (any case, with or without www.). */
export const publisherIdOf = (domain: string) =>
  Buffer.from(`Publisher:${domain.trim().toLowerCase().replace(/^www\./, "")}`, "utf8").toString("base64url");

/**
 * A name folded the way organizations' stored `names` are (the project's own rule, as any client of the database
 * would use it; it reads nothing): "Department-of-Defense's" -> "department of defense".
 */
export const foldName = normalizeName;

/**
 * The organization a name or alias names: its folded form is in the stored `names`; ties by confidence, then id.
 * A fragment that binds `o` (no row when none matches); `$param` holds the folded name. Candidates come from the
 * schema's keyword index of `names` (a folded name has no quote to escape), as anyone writing Cypher for this schema
 * would use it.
 */
export const organizationByName = (param: string, variable = "o") =>
  `CALL db.index.fulltext.queryNodes('organization_names', '"' + $${param} + '"') YIELD node AS ${variable}
WITH ${variable} WHERE $${param} IN ${variable}.names
WITH ${variable} ORDER BY ${variable}.confidence DESC, ${variable}.id LIMIT 1`;

/** Organizations ordered the API's way: by name ignoring case, then id. */
export const byOrganizationName = (v: string) => `toLower(${v}.name) ASC, ${v}.id ASC`;

/** Item titles longer than 80 characters are cut after a whole word for drawing, as the API's labels are. */
export function shortLabel(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const head = flat.slice(0, max - 1);
  const space = head.lastIndexOf(" ");
  return `${(space >= max / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** A string variable, or undefined. */
export const text = (variables: Row, name: string): string | undefined =>
  typeof variables[name] === "string" ? (variables[name] as string) : undefined;

/** A required string variable. */
export function required(variables: Row, name: string): string {
  const value = text(variables, name);
  if (value === undefined) throw new Error(`variable "${name}" is required`);
  return value;
}
