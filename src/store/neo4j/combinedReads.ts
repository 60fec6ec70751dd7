import type { CypherQuery } from "./Neo4jExecutor.js";

/**
 * A read statement that may share a round trip with other reads issued at the same moment. It names the columns
 * of its RETURN, so that its rows can be carried through the combined statement, and it returns at most one row
 * or rows whose order does not matter (the combined statement collects them, and Cypher does not promise that a
 * subquery's order survives the collecting).
 */
export interface CombinableQuery extends CypherQuery {
  columns: readonly string[];
}

type Row = Record<string, unknown>;

const PART = "govgraph_part";

/**
 * One statement running every query in turn, each in its own `CALL () { … }` (its variables stay its own) that
 * collects its rows, so that every part gives one row even when its query gives none; a query's parameters are
 * renamed with a prefix of its place, so that two queries may use the same names. The record has one column per
 * query, `govgraph_partK`: the list of that query's rows, each the list of its columns.
 */
export function combinedQuery(queries: readonly CombinableQuery[]): CypherQuery {
  const params: Row = {};
  const clauses = queries.map((query, index) => {
    const prefix = `q${index}_`;
    for (const [name, value] of Object.entries(query.params)) params[prefix + name] = value;
    return `CALL () {\nCALL () {\n${renameParameters(query, prefix)}\n}\nRETURN collect([${query.columns.join(", ")}]) AS ${PART}${index}\n}`;
  });
  const parts = queries.map((_, index) => `${PART}${index}`).join(", ");
  return { cypher: `${clauses.join("\n")}\nRETURN ${parts}`, params };
}

/** The rows of each query, as the query alone would have returned them, from the combined statement's record. */
export function rowsOfCombined(queries: readonly CombinableQuery[], record: Row | undefined): Row[][] {
  return queries.map((query, index) => {
    const rows = (record?.[`${PART}${index}`] ?? []) as unknown[][];
    return rows.map((values) => Object.fromEntries(query.columns.map((column, at) => [column, values[at]])));
  });
}

/**
 * The statement with each `$name` of its own parameters written `$<prefix>name`. Only names the query passes are
 * touched; the statements are built by this store, with every value a parameter, so a `$` inside a string literal
 * does not occur.
 */
function renameParameters(query: CypherQuery, prefix: string): string {
  return query.cypher.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, name: string) => (name in query.params ? `$${prefix}${name}` : whole));
}
