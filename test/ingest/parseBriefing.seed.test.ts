import { describe, expect, it } from "vitest";
import { parseBriefing } from "../../src/ingest/parseBriefing.js";
import { accepted, readSeed } from "./briefingFixtures.js";

const FILE = "seeds/briefing-2026-03-25.txt";
const seed = accepted(parseBriefing(readSeed(), { file: FILE }));
const topItems = seed.items.filter((item) => item.section === "TOP_PRIORITY");
const additional = seed.items.filter((item) => item.section === "ADDITIONAL");

function topItemStartingWith(prefix: string) {
  const item = topItems.find((candidate) => candidate.title.startsWith(prefix));
  if (item === undefined) throw new Error(`no top-priority item starts with ${prefix}`);
  return item;
}

describe("parseBriefing on the seed briefing", () => {
  it("reads the heading, the date and the file name", () => {
    expect(seed.heading).toBe("AI SAFETY AND GOVERNANCE");
    expect(seed.date).toBe("2026-03-25");
    expect(seed.file).toBe(FILE);
  });

  it("accepts the seed without a single warning", () => {
    expect(seed.warnings).toEqual([]);
  });

  it("finds 31 items: 4 top-priority then 27 additional, nothing left from the executive summary", () => {
    expect(seed.items).toHaveLength(31);
    expect(seed.items.map((item) => item.section)).toEqual([
      ...Array<string>(4).fill("TOP_PRIORITY"),
      ...Array<string>(27).fill("ADDITIONAL"),
    ]);
  });

  it("ranks the top-priority items 1 to 4 in the order written", () => {
    expect(topItems.map((item) => item.priority)).toEqual([1, 2, 3, 4]);
    expect(topItems.map((item) => item.line)).toEqual([8, 9, 14, 19]);
  });

  it("gives additional items no priority, and both a summary and details", () => {
    expect(additional.every((item) => item.priority === null)).toBe(true);
    expect(additional.every((item) => item.summary !== null && item.details !== null)).toBe(true);
    expect(additional[0]?.title).toBe("US-Iran conflict disrupts AWS Bahrain region / Middle East cloud infrastructure risk");
    expect(additional[0]?.line).toBe(25);
    expect(additional.at(-1)?.line).toBe(103);
  });

  it("gives each top-priority item the executive summary bullet that describes it", () => {
    expect(topItemStartingWith("LiteLLM").summary).toMatch(/^A reported compromise of LiteLLM packages/);
    expect(topItemStartingWith("Anthropic").summary).toMatch(/^Claude “Computer Use” \(research preview\)/);
    expect(topItemStartingWith("Arm launches").summary).toMatch(/^Arm’s first in-house data center CPU/);
    expect(topItemStartingWith("OpenAI shuts down").summary).toMatch(/^A high-profile product shutdown/);
  });

  it("reads 12 source lines, with their refs, lines, and reddit paths kept as written", () => {
    expect(topItems.map((item) => item.sources.length)).toEqual([0, 4, 4, 4]);
    expect(seed.items.flatMap((item) => item.sources)).toHaveLength(12);
    expect(topItemStartingWith("Anthropic").sources).toEqual([
      { ref: 1, url: "https://techcrunch.com/2026/03/24/anthropic-hands-claude-code-more-control-but-keeps-it-on-a-leash/", line: 10 },
      { ref: 2, url: "/r/PromptEngineering/comments/1s2h1h6/claude_can_now_control_your_mouse_and_keyboard_i/", line: 11 },
      { ref: 3, url: "/r/Anthropic/comments/1s2gp5r/you_can_now_enable_claude_to_use_your_computer_to/", line: 12 },
      { ref: 4, url: "/r/ClaudeAI/comments/1s2ok85/claude_code_now_has_auto_mode/", line: 13 },
    ]);
  });

  it("keeps titles exactly as written, curly quotes included", () => {
    expect(topItems[1]?.title).toBe("Anthropic ‘Computer Use’ research preview + Claude Code ‘Auto mode’ (reduced approvals with safeguards)");
    expect(additional.some((item) => item.title === "Kleiner Perkins raises $3.5B and doubles down on AI investing")).toBe(true);
  });

  it("gives exactly the same draft for the seed with a BOM and CRLF line ends", () => {
    const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(readSeed().toString("utf8").replace(/\n/g, "\r\n"))]);
    expect(accepted(parseBriefing(crlf, { file: FILE }))).toEqual(seed);
  });

  it("gives exactly the same draft for the seed with lone CR line ends, passed as a string", () => {
    const cr = readSeed().toString("utf8").replace(/\n/g, "\r");
    expect(accepted(parseBriefing(cr, { file: FILE }))).toEqual(seed);
  });
});
