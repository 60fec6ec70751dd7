import { describe, expect, it } from "vitest";
import type { ItemDraft } from "../../src/domain/BriefingDraft.js";
import { contentWords, stem } from "../../src/ingest/contentWords.js";
import { matchSummaries, MATCH_THRESHOLD, summaryMatchScores } from "../../src/ingest/matchSummaries.js";

function bullet(title: string, summary: string | null = null): ItemDraft {
  return { section: "EXECUTIVE_SUMMARY", priority: null, title, summary, details: null, sources: [], line: 1 };
}
function topItem(title: string): ItemDraft {
  return { section: "TOP_PRIORITY", priority: 1, title, summary: null, details: null, sources: [], line: 1 };
}

describe("contentWords", () => {
  it("lower-cases, drops quotes, punctuation and stop words, and stems", () => {
    expect(contentWords("Arm’s first in-house ‘Arm AGI CPU’ launches")).toEqual(["arm", "first", "hous", "arm", "agi", "cpu", "launch"]);
  });

  it("brings plural and verb forms of a word together", () => {
    expect(new Set(["launch", "launches", "launched", "launching"].map(stem))).toEqual(new Set(["launch"]));
    expect(new Set(["CPUs", "CPU"].map((word) => stem(word.toLowerCase())))).toEqual(new Set(["cpu"]));
    expect(new Set(["shuts", "shutting", "shut"].map(stem))).toEqual(new Set(["shut"]));
    expect(new Set(["policies", "policy"].map(stem))).toEqual(new Set(["policy"]));
  });
});

describe("matchSummaries", () => {
  const items = [
    topItem("LiteLLM PyPI supply-chain compromise (malicious .pth credential exfiltration)"),
    topItem("Anthropic ‘Computer Use’ research preview + Claude Code ‘Auto mode’ (reduced approvals with safeguards)"),
    topItem("Arm launches its first in-house data center CPU (‘Arm AGI CPU’) with Meta as lead partner/customer"),
    topItem("OpenAI shuts down the Sora short-form video app/platform (and related licensing implications)"),
  ];
  const bullets = [
    bullet("OpenAI shuts down Sora short-form video app/platform", "A high-profile product shutdown signals reprioritization."),
    bullet("Arm enters in-house data center CPUs with Meta as anchor", "Arm’s first in-house data center CPU marks a shift."),
    bullet("Anthropic computer-use agents expand the action surface", "Claude “Computer Use” and Claude Code “Auto mode” reduce friction."),
    bullet("LiteLLM PyPI supply-chain compromise", "A reported compromise of LiteLLM packages."),
  ];

  it("pairs differently worded titles one to one, whatever the order of the bullets", () => {
    expect(matchSummaries(bullets, items).map((match) => [match.bulletIndex, match.itemIndex])).toEqual([
      [0, 3], [1, 2], [2, 1], [3, 0],
    ]);
  });

  it("uses the bullet's text when the titles share few words", () => {
    const [withText] = summaryMatchScores([bullets[2] as ItemDraft], [items[1] as ItemDraft]);
    const [titleOnly] = summaryMatchScores([bullet(bullets[2]?.title ?? "")], [items[1] as ItemDraft]);
    expect(withText?.[0]).toBeGreaterThan(titleOnly?.[0] ?? 1);
    expect(withText?.[0]).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it("leaves a bullet about another story unmatched", () => {
    const stray = bullet("Quantum networking milestone", "A lab reported entanglement across a metro fibre link.");
    expect(matchSummaries([stray], items)).toEqual([]);
  });

  it("gives each item at most one bullet, the closest", () => {
    const near = bullet("LiteLLM PyPI supply-chain compromise", "Malicious .pth credential exfiltration.");
    const far = bullet("LiteLLM compromise", "Packages were affected.");
    expect(matchSummaries([far, near], [items[0] as ItemDraft]).map((match) => match.bulletIndex)).toEqual([1]);
  });
});

describe("contentWords", () => {
  it("drops possessives so that a name meets its possessive form", () => {
    expect(contentWords("OpenAI’s plan and Arm's chip")).toEqual(contentWords("OpenAI plan and Arm chip"));
  });

  it("reads ASCII text as the Unicode rules do", () => {
    // The ASCII text is read by a scan; with a non-ASCII letter added it goes through NFKC and the Unicode split.
    const ascii = "It's rock'n'roll: Meta's 2nd AI-lab, `quoted` \"words\"... x's_y done.";
    expect(contentWords(`${ascii} é`)).toEqual([...contentWords(ascii), "é"]);
    expect(contentWords(ascii)).toEqual(["rocknroll", "meta", "2nd", "ai", "lab", "quot", "word", "xs", "y", "don"]);
  });
});
