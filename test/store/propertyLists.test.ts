import { describe, expect, it } from "vitest";
import { z } from "zod";
import { propertyList } from "../../src/store/neo4j/propertyLists.js";

describe("propertyList", () => {
  const Thing = z.object({ id: z.string(), name: z.string(), note: z.string().nullable() });
  const thing = propertyList(Thing);

  it("asks for the schema's properties in the order of its keys", () => {
    expect(thing.cypher("n")).toBe("[n.id, n.name, n.note]");
  });

  it("reads the list back into a map, leaving out absent properties as n {.*} does", () => {
    expect(thing.read(["a", "Alpha", "x"])).toEqual({ id: "a", name: "Alpha", note: "x" });
    expect(thing.read(["b", "Beta", null])).toEqual({ id: "b", name: "Beta" });
  });

  it("finds the id in such a list, wherever the schema puts it", () => {
    const Named = z.object({ name: z.string(), id: z.string() });
    expect(propertyList(Named).idOf(["Gamma", "g"])).toBe("g");
    expect(() => propertyList(z.object({ name: z.string() }))).toThrow(/no id/);
  });
});
