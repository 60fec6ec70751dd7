import { describe, expect, it } from "vitest";
import { escapeLuceneWord, luceneQuery, searchQuery } from "../../src/store/neo4j/searchQueries.js";
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
    expect(query.params["ItemQuery"]).toBe(
      luceneQuery(searchWords("pth credential exfiltration"), ["title", "summary", "details"]),
    );
    expect(query.params["ItemQuery"]).toMatchInlineSnapshot(
      `"title:(pth credential credential*^0.375 credential~1^0.45 exfiltration exfiltration*^0.375 exfiltration~1^0.45)^3 summary:(pth credential credential*^0.375 credential~1^0.45 exfiltration exfiltration*^0.375 exfiltration~1^0.45)^1.5 details:(pth credential credential*^0.375 credential~1^0.45 exfiltration exfiltration*^0.375 exfiltration~1^0.45)^1"`,
    );
    expect(query.cypher).toMatchInlineSnapshot(`
      "
      CALL () { CALL db.index.fulltext.queryNodes('item_search', $ItemQuery, $options) YIELD node, score RETURN node, score, 'Item' AS type
        UNION ALL
        CALL db.index.fulltext.queryNodes('organization_search', $OrganizationQuery, $options) YIELD node, score RETURN node, score, 'Organization' AS type
        UNION ALL
        CALL db.index.fulltext.queryNodes('theme_search', $ThemeQuery, $options) YIELD node, score RETURN node, score, 'Theme' AS type }
      RETURN node {.*} AS node, type, score
      ORDER BY score DESC, node.id ASC"
    `);
  });

  it("runs nothing when no word is left", () => {
    for (const query of ['"', "***", "(", ":", "🙂"]) expect(searchQuery(query, 10), query).toBeNull();
    expect(searchQuery("credential", 0)).toBeNull();
  });
});
