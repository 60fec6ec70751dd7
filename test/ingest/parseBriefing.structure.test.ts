import { describe, expect, it } from "vitest";
import { parseBriefing } from "../../src/ingest/parseBriefing.js";
import { accepted, parseFixture, refused } from "./briefingFixtures.js";

const TITLE = "AI SAFETY AND GOVERNANCE - 2026-03-27";
const parseText = (text: string) => parseBriefing(text, { file: "inline.txt" });

describe("parseBriefing reads the title line", () => {
  it("refuses a first line without a date, at that line even after blank lines", () => {
    expect(refused(parseFixture("no-date-title.txt"))).toEqual([
      { file: "no-date-title.txt", line: 2, message: "expected a title line '<HEADING> - YYYY-MM-DD'" },
    ]);
  });

  it("refuses a date that is not a real calendar day", () => {
    expect(refused(parseFixture("impossible-date.txt"))).toEqual([
      {
        file: "impossible-date.txt",
        line: 1,
        message: "expected a title line '<HEADING> - YYYY-MM-DD': 2026-02-30 is not a real calendar day",
      },
    ]);
  });

  it("accepts en and em dashes as the separator and keeps ' - ' inside the heading", () => {
    const body = "\nTop Priority Items\n1. Item\n";
    expect(accepted(parseText(`AI SAFETY – 2026-03-27${body}`)).heading).toBe("AI SAFETY");
    expect(accepted(parseText(`AI SAFETY — 2024-02-29${body}`)).date).toBe("2024-02-29");
    expect(accepted(parseText(`# AI - SAFETY - 2026-03-27${body}`)).heading).toBe("AI - SAFETY");
  });

  it("refuses a title whose separator has no spaces", () => {
    expect(refused(parseText("AI SAFETY-2026-03-27\nTop Priority Items\n1. Item\n"))[0]?.line).toBe(1);
  });
});

describe("parseBriefing reads sections", () => {
  it("reads a small briefing completely, matching bullets written in a different order", () => {
    const draft = accepted(parseFixture("small.txt"));
    expect(draft.warnings).toEqual([]);
    expect(draft.items.map((item) => [item.section, item.priority, item.line, item.title])).toEqual([
      ["TOP_PRIORITY", 1, 6, "EU Commission publishes AI Act guidance for general-purpose AI models"],
      ["TOP_PRIORITY", 2, 8, "US tightens export rules on advanced AI chips (accelerator shipments)"],
      ["ADDITIONAL", null, 12, "Startup raises $20M for agent sandboxing"],
      ["ADDITIONAL", null, 15, "Open-weights model card update"],
    ]);
    expect(draft.items[0]?.summary).toBe("The Commission published guidance on general-purpose model obligations.");
    expect(draft.items[1]?.summary).toBe("New export rules restrict advanced accelerator shipments to several regions.");
    expect(draft.items[1]?.sources.map((source) => source.url)).toEqual([
      "https://www.reuters.com/technology/export-rules-chips-2026-03-26/",
      "/r/hardware/comments/abc123/export_rules/",
    ]);
  });

  it("accepts headings in any order, in any case, with a colon and markdown decoration", () => {
    const text = [TITLE, "### additional noteworthy developments ###", "Benchmark released", "Summary: s", "Details: d",
      "**TOP PRIORITY ITEMS:**", "1) Regulator opens probe", "## Executive Summary:", "- Regulator probe: text"].join("\n");
    const draft = accepted(parseText(text));
    expect(draft.warnings).toEqual([]);
    expect(draft.items.map((item) => [item.section, item.title, item.summary, item.line])).toEqual([
      ["TOP_PRIORITY", "Regulator opens probe", "text", 7],
      ["ADDITIONAL", "Benchmark released", "s", 3],
    ]);
  });

  it("warns about a missing section at the title's line and still reads the others", () => {
    const draft = accepted(parseFixture("missing-section.txt"));
    expect(draft.warnings).toEqual([{ line: 1, message: "section 'Executive Summary' is missing" }]);
    expect(draft.items.map((item) => [item.section, item.summary])).toEqual([
      ["TOP_PRIORITY", null],
      ["ADDITIONAL", "A startup completed tape-out of its first inference chip."],
    ]);
  });

  it("refuses a briefing whose sections hold no item", () => {
    expect(refused(parseFixture("no-items.txt"))).toEqual([{ file: "no-items.txt", line: 1, message: "no items found" }]);
  });

  it("warns about lines before the first section heading and ignores them", () => {
    const draft = accepted(parseText(`${TITLE}\nPrepared by the desk\n\nTop Priority Items\n1. Item\n`));
    expect(draft.warnings).toEqual([
      { line: 1, message: "section 'Executive Summary' is missing" },
      { line: 1, message: "section 'Additional Noteworthy Developments' is missing" },
      { line: 2, message: "line before the first section heading ignored" },
    ]);
  });
});

describe("parseBriefing reads executive summary bullets", () => {
  it("keeps a bullet that matches no top-priority item as its own item, between top and additional items", () => {
    const draft = accepted(parseFixture("unmatched-bullet.txt"));
    expect(draft.items.map((item) => [item.section, item.priority, item.line])).toEqual([
      ["TOP_PRIORITY", 1, 6],
      ["EXECUTIVE_SUMMARY", null, 4],
      ["ADDITIONAL", null, 8],
    ]);
    expect(draft.items[0]?.summary).toBe("The regulator asked vendors for audit records.");
    expect(draft.items[1]).toMatchObject({
      title: "Quantum networking milestone",
      summary: "A lab reported entanglement across a metro fibre link.",
      details: null,
      sources: [],
    });
    expect(draft.warnings).toEqual([
      { line: 4, message: "summary bullet matched no top-priority item; kept as an item of its own" },
    ]);
  });

  it("ends a bullet's title at the first ': ' and accepts '*' and '•' bullets and continuation lines", () => {
    const text = [TITLE, "Executive Summary", "* Export rules: chips: tightened", "  for accelerators.",
      "•Quantum milestone: entangled", "Top Priority Items", "1. Export rules tightened for chips"].join("\n");
    const draft = accepted(parseText(text));
    expect(draft.items[0]?.summary).toBe("chips: tightened for accelerators.");
    expect(draft.items[1]).toMatchObject({ section: "EXECUTIVE_SUMMARY", title: "Quantum milestone", summary: "entangled" });
  });

  it("reads a bullet without ': ' as a title only, with a warning", () => {
    const draft = accepted(parseText(`${TITLE}\nExecutive Summary\n- Quantum networking milestone\n`));
    expect(draft.items).toMatchObject([{ section: "EXECUTIVE_SUMMARY", title: "Quantum networking milestone", summary: null, line: 3 }]);
    expect(draft.warnings).toContainEqual({ line: 3, message: "summary bullet has no ': ' after its title; read as a title only" });
  });

  it("refuses a bullet with no title", () => {
    expect(refused(parseText(`${TITLE}\nExecutive Summary\n- : text with no title\n`))).toEqual([
      { file: "inline.txt", line: 3, message: "item with no title" },
    ]);
  });
});

describe("parseBriefing reads top-priority items", () => {
  it("warns about a duplicate source URL in one item at the duplicate's line, keeping the first", () => {
    const draft = accepted(parseFixture("duplicate-source.txt"));
    expect(draft.items[0]?.sources).toEqual([
      { ref: 1, url: "https://example.com/probe", line: 6 },
      { ref: 2, url: "https://example.com/other", line: 7 },
    ]);
    expect(draft.warnings).toEqual([
      { line: 8, message: "duplicate source URL https://example.com/probe in this item; kept the first" },
    ]);
  });

  it("ignores a source line before the first item, with a warning", () => {
    const draft = accepted(parseText(`${TITLE}\nTop Priority Items\n- [1] https://example.com/a\n1. Item\n`));
    expect(draft.items[0]?.sources).toEqual([]);
    expect(draft.warnings).toContainEqual({ line: 3, message: "source line before the first item ignored" });
  });

  it("accepts Summary and Details lines under a top item, and lets them win over a matched bullet", () => {
    const text = [TITLE, "Executive Summary", "- Regulator probe: bullet text", "Top Priority Items",
      "1. Regulator opens probe", "Summary: own summary", "continued here", "Details: own details"].join("\n");
    expect(accepted(parseText(text)).items).toMatchObject([
      { title: "Regulator opens probe", summary: "own summary continued here", details: "own details" },
    ]);
  });

  it("merges a repeated top item's sources into the first and warns at the repeat", () => {
    const text = [TITLE, "Top Priority Items", "1. Regulator opens probe", "- [1] https://a.example/x",
      "2. Regulator opens probe", "- [1] https://a.example/x", "- [2] https://b.example/y"].join("\n");
    const draft = accepted(parseText(text));
    expect(draft.items).toHaveLength(1);
    expect(draft.items[0]?.sources.map((source) => source.url)).toEqual(["https://a.example/x", "https://b.example/y"]);
    expect(draft.warnings).toContainEqual({ line: 5, message: "item repeats the item at line 3; merged into it" });
  });

  it("warns when a priority rank does not increase", () => {
    const draft = accepted(parseText(`${TITLE}\nTop Priority Items\n2. Second\n1. First\n`));
    expect(draft.items.map((item) => item.priority)).toEqual([2, 1]);
    expect(draft.warnings).toContainEqual({ line: 4, message: "priority 1 comes after priority 2" });
  });

  it("refuses a numbered item with no title", () => {
    expect(refused(parseText(`${TITLE}\nTop Priority Items\n1.   \n`))).toEqual([
      { file: "inline.txt", line: 3, message: "item with no title" },
    ]);
  });
});

describe("parseBriefing reads additional items", () => {
  it("warns about an item with no Details line at the item's title line", () => {
    const draft = accepted(parseFixture("missing-details.txt"));
    expect(draft.warnings).toEqual([{ line: 10, message: "item has no Details line" }]);
    expect(draft.items[2]).toMatchObject({ title: "Open-source eval harness adds agent tasks", details: null, line: 10 });
  });

  it("merges a repeated item (quotes ignored) into the first and warns at the repeat", () => {
    const draft = accepted(parseFixture("repeated-item.txt"));
    const additional = draft.items.filter((item) => item.section === "ADDITIONAL");
    expect(additional).toHaveLength(2);
    expect(additional[0]).toMatchObject({
      title: "Chip startup tapes out inference accelerator",
      summary: "A startup completed tape-out of its first inference chip.",
      details: "The chip targets low-power edge inference.",
      line: 8,
    });
    expect(draft.warnings).toEqual([{ line: 13, message: "item repeats the item at line 8; merged into it" }]);
  });

  it("keeps ':' '/' '$' and quotes in titles, and ends a bullet title at the first ': '", () => {
    const draft = accepted(parseFixture("tricky-title.txt"));
    expect(draft.warnings).toEqual([]);
    expect(draft.items.map((item) => item.title)).toEqual([
      `EU issues first "AI Act" fines: $35M for 'high-risk' systems / GPAI providers`,
      "Policy: \"AI Act\" / GPAI code — fines up to $35M for ‘high-risk’ systems",
    ]);
    expect(draft.items[0]?.summary).toBe("first penalties reach $35M: regulators fined two providers of 'high-risk' systems.");
    expect(draft.items[1]?.details).toBe(`Only "Summary:" and "Details:" at the start of a line are labels.`);
  });

  it("matches straight-quoted bullets to curly-quoted titles and keeps both as written", () => {
    const draft = accepted(parseFixture("quotes.txt"));
    expect(draft.warnings).toEqual([]);
    expect(draft.items.map((item) => [item.title, item.summary])).toEqual([
      ["Anthropic ‘Computer Use’ research preview ships to developers", "Claude can now operate a desktop in a research preview."],
      ["Jensen Huang’s “AGI is here” remark (market reaction)", "Nvidia's CEO claim moved markets."],
      ["OpenAI’s “Instant Checkout” pulled back", "Straight 'quotes' and curly ‘quotes’ both survive as written."],
    ]);
  });

  it("refuses a Summary line with no title above it", () => {
    expect(refused(parseFixture("summary-without-title.txt"))).toEqual([
      { file: "summary-without-title.txt", line: 5, message: "item with no title" },
    ]);
  });

  it("refuses, once, a Summary/Details pair after an item that already has both: its title is missing", () => {
    const text = `${TITLE}\nAdditional Noteworthy Developments\nA\nSummary: s\nDetails: d\nSummary: s2\nDetails: d2\n`;
    expect(refused(parseText(text))).toEqual([{ file: "inline.txt", line: 6, message: "item with no title" }]);
  });

  it("refuses a Summary line before the first top-priority item", () => {
    const text = `${TITLE}\nTop Priority Items\nSummary: s\nDetails: d\n1. Item\n`;
    expect(refused(parseText(text))).toEqual([{ file: "inline.txt", line: 3, message: "item with no title" }]);
  });

  it("joins a wrapped title to the line above while the item has no Summary or Details yet", () => {
    const text = [TITLE, "Additional Noteworthy Developments", "Chip startup tapes out (inference", "accelerator) for edge",
      "devices", "Summary: s", "Details: d"].join("\n");
    expect(accepted(parseText(text)).items).toMatchObject([
      { title: "Chip startup tapes out (inference accelerator) for edge devices", summary: "s", details: "d", line: 3 },
    ]);
  });

  it("reads a line after a Details line as a new item, not as more details", () => {
    const text = [TITLE, "Additional Noteworthy Developments", "First item", "Summary: s", "Details: d",
      "Second item", "Summary: s2", "Details: d2"].join("\n");
    expect(accepted(parseText(text)).items.map((item) => [item.title, item.line])).toEqual([["First item", 3], ["Second item", 6]]);
  });
});

describe("parseBriefing on truncated files", () => {
  it("accepts a file cut inside an additional item, with the partial text and a warning", () => {
    const draft = accepted(parseFixture("truncated.txt"));
    expect(draft.items.at(-1)).toMatchObject({
      title: "Chip startup tapes out inference accelerator",
      summary: "A startup completed tape-out of its first infer",
      details: null,
      line: 8,
    });
    expect(draft.warnings).toEqual([{ line: 8, message: "item has no Details line" }]);
  });

  it("refuses a file cut right after an item number, since that item has no title", () => {
    expect(refused(parseFixture("truncated-numbered.txt"))).toEqual([
      { file: "truncated-numbered.txt", line: 7, message: "item with no title" },
    ]);
  });
});

describe("parseBriefing validates its own output", () => {
  it("returns a draft that fails the BriefingDraft schema as an issue instead of throwing", () => {
    expect(refused(parseBriefing(`${TITLE}\nTop Priority Items\n1. Item\n`, { file: "" }))).toEqual([
      { file: "", line: 1, message: "parsed briefing does not fit BriefingDraft at 'file': Too small: expected string to have >=1 characters" },
    ]);
  });
});
