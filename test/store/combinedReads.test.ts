import { describe, expect, it } from "vitest";
import { Neo4jStore } from "../../src/store/neo4j/Neo4jStore.js";
import { combinedQuery, rowsOfCombined, type CombinableQuery } from "../../src/store/neo4j/combinedReads.js";
import { loadConfig } from "../../src/config.js";
import { describeNeo4j } from "../support/neo4j.js";

const byName: CombinableQuery = { cypher: "MATCH (n:Thing {name: $name}) RETURN n.name AS name, $limit AS cap", params: { name: "a", limit: 2 }, columns: ["name", "cap"] };
const byCode: CombinableQuery = { cypher: "RETURN $name AS name, $other AS untouched", params: { name: "b" }, columns: ["name", "untouched"] };

describe("combinedQuery", () => {
  it("runs each query in its own subquery, with its parameters renamed by its place", () => {
    const { cypher, params } = combinedQuery([byName, byCode]);
    expect(params).toEqual({ q0_name: "a", q0_limit: 2, q1_name: "b" });
    expect(cypher).toContain("MATCH (n:Thing {name: $q0_name}) RETURN n.name AS name, $q0_limit AS cap");
    // A name the query does not pass is left as written.
    expect(cypher).toContain("RETURN $q1_name AS name, $other AS untouched");
    expect(cypher).toContain("RETURN collect([name, cap]) AS govgraph_part0");
    expect(cypher).toContain("RETURN collect([name, untouched]) AS govgraph_part1");
    expect(cypher.trimEnd().endsWith("RETURN govgraph_part0, govgraph_part1")).toBe(true);
  });

  it("gives back each query's rows as objects of its columns", () => {
    const record = { govgraph_part0: [["a", 2], ["c", 2]], govgraph_part1: [] };
    expect(rowsOfCombined([byName, byCode], record)).toEqual([
      [
        { name: "a", cap: 2 },
        { name: "c", cap: 2 },
      ],
      [],
    ]);
    expect(rowsOfCombined([byName], undefined)).toEqual([[]]);
  });
});

describeNeo4j("Neo4jExecutor.readCombinable", () => {
  const { neo4j } = loadConfig();
  const connect = () => Neo4jStore.connect({ ...neo4j, uri: neo4j.uri as string });
  const echo = (value: number): CombinableQuery => ({
    cypher: "UNWIND range(1, $count) AS n RETURN n * $factor AS value",
    params: { count: 2, factor: value },
    columns: ["value"],
  });

  it("answers reads issued together in one round trip, each with its own rows", async () => {
    const store = await connect();
    try {
      const before = store.executor.roundTrips;
      // A query without rows first: the others' rows must not depend on it having any.
      const [none, ten, hundred] = await Promise.all([
        store.executor.readCombinable({ cypher: "MATCH (n:NoSuchLabel) RETURN n.id AS id", params: {}, columns: ["id"] }),
        store.executor.readCombinable(echo(10)),
        store.executor.readCombinable(echo(100)),
      ]);
      expect(ten).toEqual([{ value: 10 }, { value: 20 }]);
      expect(hundred).toEqual([{ value: 100 }, { value: 200 }]);
      expect(none).toEqual([]);
      expect(store.executor.roundTrips - before).toBe(1);
    } finally {
      await store.close();
    }
  });

  it("keeps one read's failure its own: the others are answered", async () => {
    const store = await connect();
    try {
      const broken = store.executor.readCombinable({ cypher: "RETURN date($text) AS value", params: { text: "not a date" }, columns: ["value"] });
      const fine = store.executor.readCombinable(echo(3));
      await expect(broken).rejects.toThrow();
      await expect(fine).resolves.toEqual([{ value: 3 }, { value: 6 }]);
    } finally {
      await store.close();
    }
  });
});
