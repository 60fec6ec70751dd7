import { describe, expect, it } from "vitest";
import { escapeLuceneWord, luceneQuery, searchQuery } from "../../src/store/neo4j/searchQueries.js";
import type { GraphNode } from "../../src/store/GraphStore.js";
import { scoreSearchHits, searchCandidateLimit } from "../../src/store/searchScore.js";
import { MAX_LOOSE_WORDS, MAX_SEARCH_WORDS, searchWords } from "../../src/store/searchWords.js";

describe("searchWords", () => {
  it("reads punctuation as separators and operators as words, lower-cased and without repeats", () => {
    expect(searchWords('title:(x)^9 +-&&||!{}[]^"~*?:\\/ AND or NOT and')).toEqual([
      { text: "title", loose: true },
      { text: "x", loose: false },
      { text: "9", loose: false },
      { text: "and", loose: false },
      { text: "or", loose: false },
      { text: "not", loose: false },
    ]);
    for (const query of ['"', "***", "(", "\\", "~", "🙂", "", "x".repeat(10_000)]) expect(searchWords(query), query).toEqual([]);
  });

  it("keeps a long query to a bounded number of words, only the first few of them loose", () => {
    const words = searchWords(Array.from({ length: 100 }, (_, i) => `word${i}`).join(" "));
    expect(words).toHaveLength(MAX_SEARCH_WORDS);
    expect(words.filter((w) => w.loose).map((w) => w.text)).toEqual(["word0", "word1", "word2", "word3"].slice(0, MAX_LOOSE_WORDS));
  });
});

describe("searchQuery", () => {
  it("escapes every Lucene special character and defuses operators", () => {
    expect(escapeLuceneWord('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t u')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t\\ u',
    );
    expect(["AND", "OR", "NOT"].map(escapeLuceneWord)).toEqual(["and", "or", "not"]);
  });

  it("puts the user's words in parameters only, one Lucene query per full-text index", () => {
    const query = searchQuery("pth credential exfiltration", 10)!;
    expect(query.cypher).not.toMatch(/pth|credential|exfiltration/);
    expect(query.params["options"]).toEqual({ limit: expect.objectContaining({ low: searchCandidateLimit(10) }) });
    expect(query.params["ItemQuery"]).toBe(
      luceneQuery(searchWords("pth credential exfiltration"), ["title", "summary", "details"]),
    );
    expect(query.params["ItemQuery"]).toMatchInlineSnapshot(
      `"title:(pth credential credential*^0.375 credential~1^0.45 exfiltration exfiltration*^0.375 exfiltration~1^0.45)^3 summary:(pth credential credential*^0.375 credential~1^0.45 exfiltration exfiltration*^0.375 exfiltration~1^0.45)^1.5 details:(pth credential credential*^0.375 credential~1^0.45 exfiltration exfiltration*^0.375 exfiltration~1^0.45)^1"`,
    );
    expect(query.cypher).toMatchInlineSnapshot(`
      "
      CALL () { CALL db.index.fulltext.queryNodes('item_search', $ItemQuery, $options) YIELD node RETURN [node.id, node.briefingId, node.date, node.position, node.section, node.priority, node.title, node.summary, node.details, node.contentHash] AS values, 'Item' AS type
        UNION ALL
        CALL db.index.fulltext.queryNodes('organization_search', $OrganizationQuery, $options) YIELD node RETURN [node.id, node.slug, node.name, node.kind, node.aliases, node.confidence, node.reviewed] AS values, 'Organization' AS type
        UNION ALL
        CALL db.index.fulltext.queryNodes('theme_search', $ThemeQuery, $options) YIELD node RETURN [node.id, node.slug, node.name, node.description] AS values, 'Theme' AS type }
      RETURN values, type"
    `);
  });

  it("runs nothing when no word is left", () => {
    for (const query of ['"', "***", "(", ":", "🙂"]) expect(searchQuery(query, 10), query).toBeNull();
    expect(searchQuery("credential", 0)).toBeNull();
  });
});

describe("scoreSearchHits", () => {
  const theme = (id: string, slug: string, name: string, description: string) =>
    ({ type: "Theme", value: { id, slug, name, description } }) as GraphNode;
  const item = (id: string, title: string, summary = "", details = "") =>
    ({ type: "Item", value: { id, title, summary, details } }) as unknown as GraphNode;

  it("ranks exact over prefix over one-typo matches, short fields over long ones, by text alone", () => {
    const nodes = [
      item("i1", "Credentials exfiltrations"),
      item("i2", "Credential exfiltration"),
      item("i3", "Credentil exfiltratio"),
      item("i4", "Nothing here", "", "credential exfiltration in a long details field of many many words"),
      // A swap of two letters is two edits, as in MiniSearch: no match.
      item("i5", "Credentail"),
    ];
    const hits = scoreSearchHits("credential exfiltration", nodes, 10);
    expect(hits.map((h) => [h.node.value.id, h.score])).toEqual([
      ["i2", 1],
      ["i1", 0.8],
      ["i3", 0.6],
      ["i4", 0.142134],
    ]);
    // The same candidates in another order score the same: the answer does not depend on the engine that found them.
    expect(scoreSearchHits("credential exfiltration", [...nodes].reverse(), 10)).toEqual(hits);
  });

  it("weighs coverage of the query words, breaks ties by id and drops candidates that do not match", () => {
    const nodes = [
      theme("t2", "supply-chain", "Supply chain", "x"),
      theme("t1", "supply-chain", "Supply chain", "x"),
      item("i1", "Supply"),
      item("i9", "Unrelated"),
    ];
    const hits = scoreSearchHits("supply chain", nodes, 10);
    expect(hits.map((h) => h.node.value.id)).toEqual(["t1", "t2", "i1"]);
    expect(hits[2]!.score).toBeLessThan(0.5);
    expect(scoreSearchHits("supply chain", nodes, 1).map((h) => h.node.value.id)).toEqual(["t1"]);
  });

  it("answers nothing for queries without words, a limit of 0 or no match", () => {
    const nodes = [item("i1", "Anything")];
    for (const query of ["***", '"', "", "🙂"]) expect(scoreSearchHits(query, nodes, 10), query).toEqual([]);
    expect(scoreSearchHits("anything", nodes, 0)).toEqual([]);
    expect(scoreSearchHits("zyxwvutsrq", nodes, 10)).toEqual([]);
  });
});
