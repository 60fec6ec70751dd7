/** Organizations of the project's taxonomy, named in turn by the synthetic items. */
const ORGANIZATIONS = ["OpenAI", "Anthropic", "Nvidia", "Google DeepMind", "Microsoft", "Meta", "Mistral AI", "TSMC", "Arm", "Databricks"];
/** Phrases that the theme classifier recognises (agents, compute, supply chain, policy...). */
const TOPICS = [
  "AI agents that act on networks without human approval",
  "data center GPU capacity and compute infrastructure",
  "a supply-chain compromise of a PyPI package",
  "the EU AI Act code of practice and systemic-risk obligations",
  "open-weight model releases and their misuse potential",
  "a funding round for AI security startups",
];
const PUBLISHERS = ["https://www.reuters.com/technology", "https://techcrunch.com/2026/05/01", "https://www.theverge.com/ai", "/r/MachineLearning/comments"];

/**
 * A briefing in the real text format (see BRIEFING-FORMAT.md) with `count` items, for tests that need a write
 * large enough to take a while: a tenth are top-priority items with sources, the rest additional items.
 * Every item has its own title, names two organizations and cites one or two sources of its own.
 */
export function largeBriefingText(date: string, count: number): string {
  const top = Math.max(1, Math.floor(count / 10));
  const summary: string[] = [];
  const priority: string[] = [];
  const additional: string[] = [];
  for (let n = 0; n < count; n++) {
    const first = ORGANIZATIONS[n % ORGANIZATIONS.length] as string;
    const second = ORGANIZATIONS[(n * 7 + 3) % ORGANIZATIONS.length] as string;
    const topic = TOPICS[n % TOPICS.length] as string;
    const title = `Development ${String(n).padStart(4, "0")}: ${first} and ${second} on ${topic}`;
    const source = (k: number) => `${PUBLISHERS[(n + k) % PUBLISHERS.length]}/development-${date}-${n}-${k}/`;
    if (n < top) {
      summary.push(`- ${title}: ${first} and ${second} made news about ${topic}; item number ${n}.`);
      priority.push(`${n + 1}. ${title} (synthetic item ${n})`, `- [1] ${source(0)}`, `- [2] ${source(1)}`);
    } else {
      additional.push(
        title,
        `Summary: ${first} said it will work with ${second} on ${topic} (synthetic item ${n}).`,
        `Details: Analysts expect ${topic} to matter for governance; see ${source(0)} for item ${n}.`,
      );
    }
  }
  return [
    `AI SAFETY AND GOVERNANCE - ${date}`,
    "Executive Summary",
    ...summary,
    "Top Priority Items",
    ...priority,
    "Additional Noteworthy Developments",
    ...additional,
    "",
  ].join("\n");
}
