import type { Driver } from "neo4j-driver";
import { cypherInt, readRows, required, type Row } from "./floorSupport.js";

/**
 * 10-search floor: the three full-text indexes queried in one statement, hits merged by Lucene's score.
 *
 * What differs from the API, by nature: the API takes Lucene's candidates only as candidates and ranks them with
 * its own scorer (match quality per field, divided by the square root of the field's length), so that both stores
 * rank alike. The floor ranks by Lucene's BM25 scores, normalised so that the best hit scores 1, as a Cypher writer
 * would. The hits are the same nodes whenever fewer than `first` nodes match (the query is the same Lucene query:
 * every word, the first four words of 4+ characters also as prefix and with one typo, the same field boosts), save
 * a Lucene match the API's scorer gives 0 and drops; the scores differ, and the order can.
 * Each index gives its `first` best (the API takes more candidates, as its scorer may reorder them).
 */

const FIRST = 10;
const MAX_WORDS = 24;
const MAX_WORD_LENGTH = 64;
const LOOSE_WORDS = 4;
const LOOSE_MIN_LENGTH = 4;

const INDEXES = [
  { label: "Item", index: "item_search", fields: { title: 3, summary: 1.5, details: 1 } },
  { label: "Organization", index: "organization_search", fields: { name: 3, aliases: 2 } },
  { label: "Theme", index: "theme_search", fields: { slug: 2, name: 3, description: 1 } },
] as const;

/** The words of a query: lower-cased runs of letters and digits, each once, at most 24. */
function queryWords(query: string): string[] {
  const words = query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0 && w.length <= MAX_WORD_LENGTH);
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/**
 * The Lucene query over some fields. Words hold only letters and digits, so no escaping is needed; lower case keeps
 * AND, OR and NOT plain words.
 */
function luceneQuery(words: readonly string[], fields: Record<string, number>): string {
  let loose = LOOSE_WORDS;
  const terms = words
    .map((word) => {
      if (word.length < LOOSE_MIN_LENGTH || loose === 0) return word;
      loose -= 1;
      return `${word} ${word}*^0.375 ${word}~1^0.45`;
    })
    .join(" ");
  return Object.entries(fields).map(([field, boost]) => `${field}:(${terms})^${boost}`).join(" ");
}

export async function search(driver: Driver, variables: Row, database?: string): Promise<unknown> {
  const words = queryWords(required(variables, "query"));
  if (words.length === 0) return { search: [] };
  const params: Row = { first: cypherInt(FIRST) };
  const branches = INDEXES.map(({ label, index, fields }) => {
    params[label] = luceneQuery(words, fields);
    return `CALL db.index.fulltext.queryNodes('${index}', $${label}, {limit: $first}) YIELD node, score
  RETURN node, '${label}' AS type, score`;
  });
  const rows = await readRows(
    driver,
    `CALL () {
  ${branches.join("\n  UNION ALL\n  ")}
}
WITH node, type, score ORDER BY score DESC, node.id ASC LIMIT $first
RETURN node {.id, .title, .name, .slug} AS node, type, score`,
    params,
    database,
  );
  const best = (rows[0]?.["score"] as number | undefined) ?? 1;
  return { search: rows.map((row) => ({ score: round(row["score"] as number, best), node: hitNode(row["node"] as Row, row["type"] as string) })) };
}

const round = (score: number, best: number) => Math.max(1e-6, Math.round((score / best) * 1e6) / 1e6);

/** The fields the operation's fragments select: an item's title, an organization's name, a theme's slug. */
function hitNode(node: Row, type: string): Row {
  const own = { Item: "title", Organization: "name", Theme: "slug" }[type as "Item"];
  return { id: node["id"], __typename: type, [own]: node[own] };
}
