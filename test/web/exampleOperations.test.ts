import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AUTHORIZATION_PLACEHOLDER, exampleOperation } from "../../src/web/graphiql/exampleOperations.js";

const DIR = new URL("../../schema/operations/", import.meta.url);
const operations = readdirSync(DIR)
  .filter((file) => file.endsWith(".graphql"))
  .sort()
  .map((file) => exampleOperation({ file, text: readFileSync(new URL(file, DIR), "utf8") }));
const byName = (name: string) => {
  const found = operations.find((operation) => operation.name === name);
  if (!found) throw new Error(`no operation ${name}`);
  return found;
};

describe("the example operations GraphiQL opens", () => {
  it("are the twelve acceptance operations, each titled by its operation name", () => {
    expect(operations.map((operation) => operation.title)).toEqual([
      "Briefings", "BriefingItems", "Organization", "Theme", "FilterItems", "NodeAndPublishers",
      "Ingest", "Connection", "Neighborhood", "Search", "Trends", "Rankings",
    ]);
  });

  it("take their variables from the header comment", () => {
    expect(JSON.parse(byName("02-briefing-items").variables)).toEqual({ date: "2026-03-25" });
    expect(JSON.parse(byName("05-filter-items").variables)).toEqual({ filter: { organization: "OpenAI", from: "2026-03-01", to: "2026-03-31" } });
    // A remark after the JSON object is not part of it.
    expect(JSON.parse(byName("03-organization").variables)).toEqual({ name: "pentagon" });
    expect(byName("01-briefings").variables).toBe("");
  });

  it("keep the header comment in the query, and prefill the Authorization header of the mutation only", () => {
    expect(byName("02-briefing-items").query.startsWith("# variables:")).toBe(true);
    expect(JSON.parse(byName("07-ingest").headers)).toEqual(AUTHORIZATION_PLACEHOLDER);
    expect(operations.filter((operation) => operation.headers !== "").map((operation) => operation.name)).toEqual(["07-ingest"]);
    expect(byName("02-briefing-items").description).toMatch(/^31 items/);
  });
});
