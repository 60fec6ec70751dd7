import { describe, expect, it } from "vitest";
import { parseBriefing } from "../../src/ingest/parseBriefing.js";
import type { BriefingLayout } from "../../bench/corpus/BriefingLayout.js";
import { Random } from "../../bench/corpus/Random.js";
import { renderBriefing, type BriefingText } from "../../bench/corpus/renderBriefing.js";

const BRIEFING: BriefingText = {
  date: "2026-03-25",
  top: [
    { bulletTitle: "Acme launches ‘Nova’ agent", summary: "Acme’s ‘Nova’ agent acts on users’ behalf.", title: "Acme unveils ‘Nova’ agent (research preview)", sources: ["https://techcrunch.com/a/", "/r/LocalLLaMA/comments/1abc/x/"] },
    { bulletTitle: "Zentro raises $40M", summary: "Startup Zentro raised $40M.", title: "Zentro closes $40M Series A (oversubscribed)", sources: [] },
    { bulletTitle: "Regulator fines Initech", summary: "A $5M fine over privacy.", title: "Regulator imposes $5M penalty on Initech (appeal expected)", sources: ["https://www.reuters.com/b/"] },
  ],
  additional: [
    { title: "Update: Foo / Bar deal: “terms” disclosed ($2B)", summary: "Foo’s deal closes.", details: "Details follow." },
    { title: "Baz open-sources Qux-7B", summary: "Open weights.", details: "Apache 2.0." },
  ],
};

const PLAIN: BriefingLayout = {
  blankLinesBetweenItems: false, trailingSpaces: false, straightQuotes: false, omitExecutiveSummary: false,
  lineEnding: "\n", byteOrderMark: false, finalNewline: false,
};

function itemsOf(layout: BriefingLayout): Array<{ section: string; title: string; summary: string | null }> {
  const result = parseBriefing(renderBriefing(BRIEFING, layout, new Random(1)), { file: "layout.txt" });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value.items.map(({ section, title, summary }) => ({ section, title, summary }));
}

describe("renderBriefing layouts", () => {
  it("writes the plain layout of the real briefing", () => {
    const text = renderBriefing(BRIEFING, PLAIN, new Random(1));
    expect(text.split("\n").slice(0, 6)).toEqual([
      "AI SAFETY AND GOVERNANCE - 2026-03-25",
      "Executive Summary",
      "- Acme launches ‘Nova’ agent: Acme’s ‘Nova’ agent acts on users’ behalf.",
      "- Zentro raises $40M: Startup Zentro raised $40M.",
      "- Regulator fines Initech: A $5M fine over privacy.",
      "Top Priority Items",
    ]);
    expect(text.endsWith("Details: Apache 2.0.")).toBe(true);
  });

  it("keeps the same items under blank lines, trailing spaces, CRLF and a byte-order mark", () => {
    const plain = itemsOf(PLAIN);
    expect(plain).toHaveLength(5);
    const varied = itemsOf({ ...PLAIN, blankLinesBetweenItems: true, trailingSpaces: true, lineEnding: "\r\n", byteOrderMark: true, finalNewline: true });
    expect(varied).toEqual(plain);
  });

  it("writes straight quotes when asked, and still pairs every bullet with its item", () => {
    const text = renderBriefing(BRIEFING, { ...PLAIN, straightQuotes: true }, new Random(1));
    expect(text).not.toMatch(/[‘’“”]/u);
    expect(itemsOf({ ...PLAIN, straightQuotes: true }).filter((item) => item.summary === null)).toEqual([]);
  });

  it("can leave out the Executive Summary: top items then have no summary", () => {
    const items = itemsOf({ ...PLAIN, omitExecutiveSummary: true });
    expect(items.filter((item) => item.section === "TOP_PRIORITY").map((item) => item.summary)).toEqual([null, null, null]);
  });
});
