import { int } from "neo4j-driver";
import { SEARCH_FIELD_BOOSTS, searchWords, type SearchField, type SearchWord } from "../searchWords.js";
import { searchCandidateLimit } from "../searchScore.js";
import type { CypherQuery } from "./Neo4jExecutor.js";
import { NODE_PROPERTIES } from "./propertyLists.js";

/** The labels search covers, each with its full-text index (schema/neo4j-fulltext.cypher) and indexed fields. */
export const SEARCH_INDEXES = {
  Item: { index: "item_search", fields: ["title", "summary", "details"] },
  Organization: { index: "organization_search", fields: ["name", "aliases"] },
  Theme: { index: "theme_search", fields: ["slug", "name", "description"] },
} as const satisfies Record<string, { index: string; fields: readonly SearchField[] }>;

export type SearchLabel = keyof typeof SEARCH_INDEXES;

/** Relative weights of a prefix and a one-typo match against an exact one, so the best candidates come first. */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

// Every character Lucene's classic query parser treats as syntax; `&&` and `||` are covered by `&` and `|`.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/\s]/g;

/**
 * One word as a Lucene term: special characters backslash-escaped, and lower-cased, which also defuses the
 * operators AND, OR and NOT (the parser only knows them in upper case; the index's analyzer lower-cases anyway).
 */
export function escapeLuceneWord(word: string): string {
  return word.toLowerCase().replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * The Lucene query for some words over some fields: each word exactly and, when loose, also as a prefix and with
 * one typo, at lower weights; each field boosted as in the embedded store. Clauses are OR-ed, so a node matching
 * more of the words scores higher.
 */
export function luceneQuery(words: readonly SearchWord[], fields: readonly SearchField[]): string {
  const terms = words
    .map(({ text, loose }) => {
      const term = escapeLuceneWord(text);
      return loose ? `${term} ${term}*^${PREFIX_WEIGHT} ${term}~1^${FUZZY_WEIGHT}` : term;
    })
    .join(" ");
  return fields.map((field) => `${field}:(${terms})^${SEARCH_FIELD_BOOSTS[field]}`).join(" ");
}

/**
 * The search candidates for items, organizations and themes in one statement: one `queryNodes` call per index, each
 * at most searchCandidateLimit(limit) nodes, Lucene's best. searchScore ranks them, as it does the embedded store's.
 * Null when the query has no word to search for (only punctuation, say): nothing is run. Each hit comes as its
 * label's property list (propertyLists.ts) rather than a map: 10-search reads 150 candidate records, and maps are
 * what the driver decodes slowest.
 */
export function searchQuery(query: string, limit: number): CypherQuery | null {
  const words = searchWords(query);
  if (words.length === 0 || limit <= 0) return null;
  const params: Record<string, unknown> = { options: { limit: int(searchCandidateLimit(limit)) } };
  const branches = Object.entries(SEARCH_INDEXES).map(([label, { index, fields }]) => {
    params[`${label}Query`] = luceneQuery(words, fields);
    const values = NODE_PROPERTIES[label as SearchLabel].cypher("node");
    return `CALL db.index.fulltext.queryNodes('${index}', $${label}Query, $options) YIELD node RETURN ${values} AS values, '${label}' AS type`;
  });
  return {
    cypher: `
CALL () { ${branches.join("\n  UNION ALL\n  ")} }
RETURN values, type`,
    params,
  };
}
