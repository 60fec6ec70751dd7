import { describe, expect, it } from "vitest";
import { ClassTally } from "../../src/extract/ClassTally.js";
import { MAX_EVIDENCE_PER_LINK } from "../../src/extract/ItemText.js";

const RULES = { strong: "theme-strong", weak: "theme-weak", organization: "theme-organization" };
const TEXT = "EU regulator fines Meta over AI Act transparency and governance duties";

describe("ClassTally", () => {
  it("decides a class on one strong hit, with its evidence cut out of the text", () => {
    const tally = new ClassTally(RULES);
    tally.addPhrase("policy", "strong", "ai act", "title", TEXT, 29, 35);
    expect(tally.decided()).toEqual(
      new Map([["policy", [{ rule: "theme-strong", field: "title", text: "AI Act", start: 29, end: 35 }]]]),
    );
  });

  it("needs weak hits of two different stems, one of them outside the details", () => {
    const sameStem = new ClassTally(RULES);
    sameStem.addPhrase("governance", "weak", "gover", "title", TEXT, 53, 63);
    sameStem.addPhrase("governance", "weak", "gover", "summary", TEXT, 53, 63);
    expect(sameStem.decided().size).toBe(0);

    const detailsOnly = new ClassTally(RULES);
    detailsOnly.addPhrase("governance", "weak", "gover", "details", TEXT, 53, 63);
    detailsOnly.addPhrase("governance", "weak", "trans", "details", TEXT, 36, 48);
    expect(detailsOnly.decided().size).toBe(0);

    const decided = new ClassTally(RULES);
    decided.addPhrase("governance", "weak", "gover", "details", TEXT, 53, 63);
    decided.addPhrase("governance", "weak", "trans", "title", TEXT, 36, 48);
    expect(decided.decided().get("governance")?.map((e) => e.text)).toEqual(["governance", "transparency"]);
  });

  it("counts an organization cue as a weak hit of its own stem, renamed to the organization rule", () => {
    const tally = new ClassTally(RULES);
    tally.addCue("policy", { rule: "taxonomy-name", field: "title", text: "EU", start: 0, end: 2 });
    tally.addPhrase("policy", "weak", "regul", "title", TEXT, 3, 12);
    expect(tally.decided().get("policy")).toEqual([
      { rule: "theme-organization", field: "title", text: "EU", start: 0, end: 2 },
      { rule: "theme-weak", field: "title", text: "regulator", start: 3, end: 12 },
    ]);
  });

  it("lists strongly decided classes first and keeps at most MAX_EVIDENCE_PER_LINK pieces of evidence", () => {
    const tally = new ClassTally(RULES);
    tally.addPhrase("weakly", "weak", "a", "title", TEXT, 0, 2);
    tally.addPhrase("weakly", "weak", "b", "title", TEXT, 3, 12);
    for (let i = 0; i < MAX_EVIDENCE_PER_LINK + 2; i += 1) tally.addPhrase("strongly", "strong", "s", "title", TEXT, 13, 18);
    const decided = tally.decided();
    expect([...decided.keys()]).toEqual(["strongly", "weakly"]);
    expect(decided.get("strongly")).toHaveLength(MAX_EVIDENCE_PER_LINK);
  });
});
