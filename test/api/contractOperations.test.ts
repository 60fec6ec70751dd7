import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const SHARED = new URL("../../../shared/acceptance/", import.meta.url);
const OURS = new URL("../../schema/operations/", import.meta.url);

describe("schema/operations", () => {
  it("is an exact copy of the acceptance operations in ../shared/acceptance", () => {
    expect(existsSync(SHARED), "../shared/acceptance (beside the checkout) is missing").toBe(true);
    const names = readdirSync(SHARED).sort();
    expect(readdirSync(OURS).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(new URL(name, OURS), "utf8"), name).toBe(readFileSync(new URL(name, SHARED), "utf8"));
  });
});
