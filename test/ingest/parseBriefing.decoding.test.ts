import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "../../src/ingest/decodeBriefingText.js";
import { parseBriefing } from "../../src/ingest/parseBriefing.js";
import { MAX_LINE_CHARS } from "../../src/ingest/readLines.js";
import { accepted, parseFixture, readFixture, refused } from "./briefingFixtures.js";

const TITLE = "AI SAFETY AND GOVERNANCE - 2026-03-27";

describe("parseBriefing refuses what is not briefing text", () => {
  it("refuses a file with NUL bytes as binary, at the line of the first NUL", () => {
    expect(refused(parseFixture("binary-nul.bin"))).toEqual([
      { file: "binary-nul.bin", line: 3, message: "binary content: the file contains a NUL byte" },
    ]);
  });

  it("refuses a NUL character in string input the same way", () => {
    expect(refused(parseBriefing(`${TITLE}\nExecutive\0 Summary\n`, { file: "nul.txt" }))).toEqual([
      { file: "nul.txt", line: 2, message: "binary content: the file contains a NUL byte" },
    ]);
  });

  it("refuses invalid UTF-8 at the line of the first bad byte, counting CRLF and blank lines", () => {
    expect(refused(parseFixture("invalid-utf8.bin"))).toEqual([
      { file: "invalid-utf8.bin", line: 4, message: "binary content: the file is not valid UTF-8" },
    ]);
  });

  it("refuses a UTF-8 sequence cut off at the end of the file", () => {
    const bytes = Buffer.concat([Buffer.from(`${TITLE}\n- caf`), Buffer.from([0xc3])]);
    expect(refused(parseBriefing(bytes, { file: "cut.txt" }))).toEqual([
      { file: "cut.txt", line: 2, message: "binary content: the file is not valid UTF-8" },
    ]);
  });

  it("refuses a whitespace-only file as empty", () => {
    expect(refused(parseFixture("empty.txt"))).toEqual([{ file: "empty.txt", line: 1, message: "file is empty" }]);
  });

  it("refuses a zero-length input and a lone BOM as empty", () => {
    expect(refused(parseBriefing("", { file: "zero.txt" }))).toEqual([{ file: "zero.txt", line: 1, message: "file is empty" }]);
    expect(refused(parseBriefing(new Uint8Array([0xef, 0xbb, 0xbf]), { file: "bom.txt" }))).toEqual([
      { file: "bom.txt", line: 1, message: "file is empty" },
    ]);
  });

  it("refuses a line over the length limit, saying how long it is and what the limit is", () => {
    const text = `${TITLE}\nExecutive Summary\n- Long: ${"x".repeat(MAX_LINE_CHARS)}\n`;
    expect(refused(parseBriefing(text, { file: "long.txt" }))).toEqual([
      { file: "long.txt", line: 3, message: "line is 20008 characters long; the limit is 20000" },
    ]);
  });

  it("counts a long line in characters, not UTF-16 units, so 20,000 emoji are accepted", () => {
    const text = `${TITLE}\nAdditional Noteworthy Developments\n${"🙂".repeat(MAX_LINE_CHARS)}\nSummary: s\nDetails: d\n`;
    expect(accepted(parseBriefing(text, { file: "emoji.txt" })).items[0]?.line).toBe(3);
  });

  it("refuses a file over 5 MB before reading it", () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61);
    expect(refused(parseBriefing(bytes, { file: "big.txt" }))).toEqual([
      { file: "big.txt", line: 1, message: "file is 5.0 MB (5242881 bytes); the limit is 5 MB (5242880 bytes)" },
    ]);
  });
});

describe("parseBriefing decodes line ends and byte-order marks", () => {
  const plain = accepted(parseFixture("small.txt"));

  it("reads a CRLF copy of a briefing as the same items, warnings and line numbers", () => {
    const crlf = accepted(parseFixture("small-crlf.txt"));
    expect(readFixture("small-crlf.txt").includes("\r\n")).toBe(true);
    expect({ ...crlf, file: "small.txt" }).toEqual(plain);
  });

  it("strips a byte-order mark and still numbers the title as line 1", () => {
    const bom = accepted(parseFixture("small-bom.txt"));
    expect(bom.heading).toBe("AI SAFETY AND GOVERNANCE");
    expect({ ...bom, file: "small.txt" }).toEqual(plain);
  });

  it("accepts string and byte input alike", () => {
    const text = readFixture("small.txt").toString("utf8");
    expect(accepted(parseBriefing(text, { file: "small.txt" }))).toEqual(plain);
    expect(accepted(parseBriefing(`\uFEFF${text}`, { file: "small.txt" }))).toEqual(plain);
  });

  it("keeps line numbers right with blank lines between items and trailing spaces and tabs", () => {
    const draft = accepted(parseFixture("blank-lines.txt"));
    expect(draft.warnings).toEqual([]);
    expect(draft.date).toBe("2026-03-27");
    expect(draft.items).toEqual([
      {
        section: "TOP_PRIORITY",
        priority: 1,
        title: "Utility signs power deal for new AI data center campus",
        summary: "A utility agreed to supply a new AI campus.",
        details: null,
        sources: [{ ref: 1, url: "https://example.com/power-deal", line: 12 }],
        line: 10,
      },
      {
        section: "ADDITIONAL",
        priority: null,
        title: "Benchmark suite released",
        summary: "A new benchmark targets agent reliability.",
        details: "Early results show large variance.",
        sources: [],
        line: 17,
      },
    ]);
  });
});
