import { describe, expect, it } from "vitest";
import { exactTerm, organizationsByNameQuery } from "../../src/store/neo4j/readQueries.js";
import { describeNeo4j, emptyNeo4jStore } from "../support/neo4j.js";

describe("exactTerm", () => {
  it("quotes a value as one term, escaping quotes and backslashes", () => {
    expect(exactTerm("nova labs")).toBe('"nova labs"');
    expect(exactTerm('a "b" \\c')).toBe('"a \\"b\\" \\\\c"');
  });
});

describeNeo4j("organizationsByNameQuery", () => {
  it("runs for any text, query syntax included, and decides by the exact name", async () => {
    const store = await emptyNeo4jStore();
    try {
      // The store only sends normalized names (letters, digits, spaces); the query must not break on others.
      const names = ['a "b', "x\\", "OR AND NOT", "(*:~", "open*"];
      expect(await store.executor.read(organizationsByNameQuery(names))).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
