import { readFileSync } from "node:fs";
import { Extractor } from "../../src/extract/Extractor.js";
import { loadTaxonomy } from "../../src/extract/loadTaxonomy.js";
import { parseBriefing } from "../../src/ingest/parseBriefing.js";
import type { BriefingGraph } from "../../src/domain/BriefingGraph.js";

/** The real seed briefing of the project. */
export const SEED_FILE = new URL("../../seeds/briefing-2026-03-25.txt", import.meta.url);
export const seedText = (): string => readFileSync(SEED_FILE, "utf8");

let extractor: Extractor | undefined;
/** One extractor on the project's taxonomy, shared by tests. */
export function testExtractor(): Extractor {
  extractor ??= new Extractor(loadTaxonomy());
  return extractor;
}

/** Parses and extracts a briefing text; fails the test on a parse error. */
export function graphOf(text: string, file = "test.txt"): BriefingGraph {
  const parsed = parseBriefing(text, { file });
  if (!parsed.ok) throw new Error(`test briefing does not parse: ${JSON.stringify(parsed.issues)}`);
  return testExtractor().extract(parsed.value).graph;
}

/**
 * A second, smaller briefing on another day, written for the tests: other organizations, a shared one (OpenAI),
 * and a source from a publisher the seed also cites.
 */
export const SECOND_BRIEFING = `AI SAFETY AND GOVERNANCE - 2026-04-02
Executive Summary
- EU AI Office opens consultation on general-purpose AI code: The European Commission's AI Office asks providers including OpenAI and Mistral AI for comments on systemic-risk obligations.
Top Priority Items
1. EU AI Office consultation on the general-purpose AI code of practice (systemic-risk obligations)
- [1] https://www.reuters.com/technology/eu-ai-office-consultation-2026-04-01/?utm_source=newsletter
- [2] https://www.politico.eu/article/eu-ai-act-code-of-practice-consultation/
Additional Noteworthy Developments
Nvidia and TSMC expand advanced packaging capacity for AI accelerators
Summary: Nvidia and TSMC announced more CoWoS packaging capacity, easing a bottleneck in AI chip supply.
Details: Packaging remains a supply-chain choke point for data center GPUs and shapes who gets compute first.
OpenAI signs agreement with the Pentagon on agentic cyber defense pilots
Summary: OpenAI will supply AI agents for cyber defense pilots with the Department of Defense.
Details: The pilots raise questions about autonomy limits and audit trails for agents acting on networks.
`;

/** The same day as SECOND_BRIEFING, revised: one item dropped, one changed, one added. */
export const SECOND_BRIEFING_REVISED = SECOND_BRIEFING.replace(
  /Nvidia and TSMC expand[\s\S]*?first\.\n/,
  "",
)
  .replace("for AI agents for cyber defense pilots", "for AI agents for cyber defense pilots")
  .replace(
    "Summary: OpenAI will supply AI agents for cyber defense pilots with the Department of Defense.",
    "Summary: OpenAI will supply AI agents for cyber defense pilots with the Department of Defense, starting in May.",
  )
  .concat(`Anthropic publishes a frontier safety roadmap
Summary: Anthropic set out safety commitments for its next Claude models.
Details: The roadmap adds third-party evaluations before deployment.
`);
