import { describe, expect, it } from "vitest";
import type { BriefingDraft } from "../../src/domain/BriefingDraft.js";
import { Extractor } from "../../src/extract/Extractor.js";
import { loadTaxonomy } from "../../src/extract/loadTaxonomy.js";
import { parseBriefing } from "../../src/ingest/parseBriefing.js";
import { generateBriefings, type GeneratedBriefing } from "../../bench/corpus/generateBriefings.js";
import { FOLLOW_UP_ANGLES } from "../../bench/corpus/wording.js";

const DAYS = 60;
const corpus: GeneratedBriefing[] = [...generateBriefings({ days: DAYS, seed: 11 })];

function parsed(briefing: GeneratedBriefing): BriefingDraft {
  const result = parseBriefing(briefing.text, { file: briefing.fileName });
  if (!result.ok) throw new Error(`${briefing.fileName} refused: ${JSON.stringify(result.issues)}`);
  return result.value;
}
const drafts = corpus.map(parsed);

const extractor = new Extractor(loadTaxonomy());
const graphs = drafts.map((draft) => extractor.extract(draft).graph);

const texts = (days: number, seed: number, start?: string): string[] =>
  [...generateBriefings({ days, seed, ...(start === undefined ? {} : { start }) })].map((briefing) => briefing.text);

describe("generateBriefings", () => {
  it("gives byte-identical briefings for the same seed, and other briefings for another seed", () => {
    const first = texts(10, 5);
    expect(texts(10, 5)).toEqual(first);
    const other = texts(10, 6);
    expect(other.filter((text, day) => text === first[day])).toEqual([]);
  });

  it("writes the same first days whatever the number of days asked for", () => {
    expect(texts(4, 5)).toEqual(texts(10, 5).slice(0, 4));
  });

  it("names one file per consecutive day from the start date", () => {
    const names = [...generateBriefings({ days: 3, seed: 1, start: "2024-02-28" })].map((briefing) => briefing.fileName);
    expect(names).toEqual(["briefing-2024-02-28.txt", "briefing-2024-02-29.txt", "briefing-2024-03-01.txt"]);
    expect(corpus[0]?.date).toBe("2016-01-01");
  });

  it("refuses invalid options with a RangeError", () => {
    expect(() => generateBriefings({ days: -1, seed: 1 })).toThrow(RangeError);
    expect(() => generateBriefings({ days: 1, seed: 1.5 })).toThrow(RangeError);
    expect(() => generateBriefings({ days: 1, seed: 1, start: "2023-02-29" })).toThrow(RangeError);
  });
});

describe("generated briefings parse like real ones", () => {
  it("are accepted by parseBriefing, dated by their title line, with 25 to 35 items each", () => {
    drafts.forEach((draft, day) => {
      expect(draft.date).toBe(corpus[day]?.date);
      expect(draft.items.length).toBeGreaterThanOrEqual(25);
      expect(draft.items.length).toBeLessThanOrEqual(35);
      expect(draft.items.length).toBe(corpus[day]?.itemCount);
    });
  });

  it("rank 3 to 5 top-priority items 1..k, each with the summary of its own bullet", () => {
    drafts.forEach((draft, day) => {
      const top = draft.items.filter((item) => item.section === "TOP_PRIORITY");
      expect(top.length).toBeGreaterThanOrEqual(3);
      expect(top.length).toBeLessThanOrEqual(5);
      expect(top.map((item) => item.priority)).toEqual(top.map((_, index) => index + 1));
      const bullets = (corpus[day]?.text ?? "").split(/\r?\n/u).filter((line) => /^- [^[]/u.test(line));
      if (bullets.length === 0) return; // a file without its Executive Summary section
      expect(draft.items.filter((item) => item.section === "EXECUTIVE_SUMMARY")).toEqual([]);
      for (const item of top) {
        expect(item.summary).not.toBeNull();
        expect(bullets.some((bullet) => bullet.trimEnd().endsWith(`: ${item.summary ?? ""}`))).toBe(true);
      }
    });
  });

  it("give additional items a title, a summary and details, and warn about nothing but repeated URLs", () => {
    for (const draft of drafts) {
      for (const item of draft.items.filter((candidate) => candidate.section === "ADDITIONAL")) {
        expect(item.summary).not.toBeNull();
        expect(item.details).not.toBeNull();
      }
      const warnings = draft.warnings.filter(
        (warning) => !/duplicate source URL|section 'Executive Summary' is missing/u.test(warning.message),
      );
      expect(warnings).toEqual([]);
    }
  });
});

describe("generated content is realistic", () => {
  const mentions = new Map<string, number>();
  const discoveredDays = new Map<string, Set<string>>();
  const themes = new Set<string>();
  for (const graph of graphs) {
    const organizations = new Map(graph.organizations.map((organization) => [organization.id, organization]));
    for (const link of graph.itemOrganizations) {
      mentions.set(link.targetId, (mentions.get(link.targetId) ?? 0) + 1);
      const organization = organizations.get(link.targetId);
      if (organization !== undefined && organization.confidence < 1) {
        const days = discoveredDays.get(organization.name) ?? new Set<string>();
        days.add(graph.briefing.date);
        discoveredDays.set(organization.name, days);
      }
    }
    for (const theme of graph.themes) themes.add(theme.slug);
  }

  it("names organizations with a skewed popularity: the most named far above the median one", () => {
    const counts = [...mentions.values()].sort((a, b) => b - a);
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    expect(counts.length).toBeGreaterThan(150);
    expect(counts[0]).toBeGreaterThan(20 * median);
  });

  it("names organizations the taxonomy does not know, found by discovery with confidence below 1", () => {
    expect(discoveredDays.size).toBeGreaterThan(10);
  });

  it("carries the briefing themes, including supply-chain security, agents and compute infrastructure", () => {
    expect(themes).toContain("supply-chain-security");
    expect(themes).toContain("agents");
    expect(themes).toContain("compute-infrastructure");
    expect(themes.size).toBeGreaterThanOrEqual(15);
  });

  it("repeats stories across days: new companies come back, follow-ups take up earlier stories", () => {
    const recurring = [...discoveredDays.values()].filter((days) => days.size >= 3);
    expect(recurring.length).toBeGreaterThan(0);
    const titles = drafts.flatMap((draft) => draft.items.map((item) => item.title));
    const followUps = titles.filter(
      (title) => title.startsWith("Update: ") || FOLLOW_UP_ANGLES.some((angle) => title.includes(`(${angle})`) || title.endsWith(`— ${angle}`)),
    );
    expect(followUps.length / titles.length).toBeGreaterThan(0.05);
    expect(followUps.length / titles.length).toBeLessThan(0.2);
  });

  it("cites URLs on several publishers, reddit paths and tracking parameters included", () => {
    const sources = drafts.flatMap((draft) => draft.items.flatMap((item) => item.sources.map((source) => source.url)));
    const hosts = new Set(sources.filter((url) => url.startsWith("https://")).map((url) => new URL(url).hostname));
    expect(hosts.size).toBeGreaterThan(15);
    expect(sources.some((url) => url.startsWith("/r/"))).toBe(true);
    expect(sources.some((url) => url.includes("utm_source="))).toBe(true);
  });
});
