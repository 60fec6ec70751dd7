import { describe, expect, it } from "vitest";
import type { BriefingDraft } from "../../src/domain/BriefingDraft.js";
import { Extractor } from "../../src/extract/Extractor.js";
import { loadTaxonomy } from "../../src/extract/loadTaxonomy.js";
import { sentenceSpans } from "../../src/extract/RelationExtractor.js";

const extractor = new Extractor(loadTaxonomy());

function draftOf(title: string, summary: string | null = null, details: string | null = null): BriefingDraft {
  return {
    file: "test.txt",
    date: "2026-04-01",
    heading: "AI SAFETY AND GOVERNANCE",
    items: [{ section: "ADDITIONAL", priority: null, title, summary, details, sources: [], line: 3 }],
    warnings: [],
  };
}

/** The relations extracted from one item, as "Source TYPE Target". */
function relationsOf(title: string, summary: string | null = null, details: string | null = null): string[] {
  const { graph } = extractor.extract(draftOf(title, summary, details));
  const name = new Map(graph.organizations.map((o) => [o.id, o.name]));
  return graph.relations.map((r) => `${name.get(r.sourceId)} ${r.type} ${name.get(r.targetId)}`);
}

describe("typed relations between organizations", () => {
  it("relates the subject of a verb to every listed object, with the sentence as evidence", () => {
    const { graph } = extractor.extract(draftOf("Notes from the week", "Amazon invests in Anthropic and Mistral AI. Google said nothing."));
    const name = new Map(graph.organizations.map((o) => [o.id, o.name]));
    expect(graph.relations.map((r) => [name.get(r.sourceId), r.type, name.get(r.targetId)])).toEqual([
      ["Amazon", "INVESTS_IN", "Anthropic"],
      ["Amazon", "INVESTS_IN", "Mistral AI"],
    ]);
    expect(graph.relations[0]?.evidence).toEqual({
      rule: "relation-invests-in-active",
      field: "summary",
      text: "Amazon invests in Anthropic and Mistral AI.",
      start: 0,
      end: 43,
    });
  });

  it("recognises each relation type in sentences of its own", () => {
    expect(relationsOf("Nvidia will supply Microsoft with next-generation GPUs")).toEqual(["Nvidia SUPPLIES Microsoft"]);
    expect(relationsOf("The New York Times sues OpenAI and Microsoft over training data")).toEqual([
      "New York Times SUES OpenAI",
      "New York Times SUES Microsoft",
    ]);
    expect(relationsOf("Federal Trade Commission fines Meta over chatbot disclosures")).toEqual(["Federal Trade Commission REGULATES Meta"]);
    expect(relationsOf("Google competes with OpenAI for enterprise search contracts")).toEqual(["Google COMPETES_WITH OpenAI"]);
    expect(relationsOf("Anthropic signs a cloud deal with Amazon for Trainium capacity")).toEqual(["Anthropic PARTNERS_WITH Amazon"]);
    expect(relationsOf("Microsoft-backed OpenAI clashes with Google over standards")).toEqual([
      "Microsoft INVESTS_IN OpenAI",
      "OpenAI DISPUTES Google",
    ]);
  });

  it("reads the passive the other way round and skips descriptors before the object", () => {
    expect(relationsOf("Mistral AI, backed by Nvidia, opens a Paris lab")).toEqual(["Nvidia INVESTS_IN Mistral AI"]);
    expect(relationsOf("Meta agreed to acquire AI chip startup Rivos")).toEqual(["Meta ACQUIRED Rivos"]);
  });

  it("relates only names that the verb joins, within one sentence", () => {
    expect(relationsOf("Notes", "Investors like Microsoft were cautious. Partners with OpenAI could follow.")).toEqual([]);
    expect(relationsOf("Google partners with the Pentagon while OpenAI expands")).toEqual(["Google PARTNERS_WITH Department of Defense"]);
    expect(relationsOf("Microsoft and OpenAI renegotiate their terms")).toEqual([]);
  });

  it("leaves regulation to authorities: a company 'blocking' another is not a regulator", () => {
    expect(relationsOf("Microsoft blocks OpenAI from Azure regions")).toEqual([]);
  });
});

describe("sentenceSpans", () => {
  it("splits on full stops, semicolons and line breaks, but not after a case's 'v.' or 'Inc.'", () => {
    const text = "Thomson Reuters v. Ross went to trial; Luka Inc. appealed. Done";
    expect(sentenceSpans(text).map(([s, e]) => text.slice(s, e).trim())).toEqual([
      "Thomson Reuters v. Ross went to trial",
      "Luka Inc. appealed.",
      "Done",
    ]);
  });

  it("ends a sentence at '!' or '?' before white space or the end, and not inside a word", () => {
    const text = "Is it v2.5? Yes! e.g. this\nand that";
    expect(sentenceSpans(text).map(([s, e]) => text.slice(s, e).trim())).toEqual(["Is it v2.5?", "Yes!", "e.g. this", "and that"]);
    // The same answer on a second call: the scan keeps no state from one text to the next.
    expect(sentenceSpans("A; B")).toEqual([
      [0, 1],
      [2, 4],
    ]);
    expect(sentenceSpans("A; B")).toEqual(sentenceSpans("A; B"));
  });
});
