import type { Party, PartyKind } from "./CorpusTaxonomy.js";
import type { Random } from "./Random.js";

/** The organizations that dominate AI news, most covered first; slugs missing from the taxonomy are skipped. */
const HEADLINERS = [
  "openai", "anthropic", "google", "nvidia", "microsoft", "meta", "google-deepmind", "xai", "amazon", "deepseek",
  "european-commission", "dod", "apple", "mistral-ai", "amazon-web-services", "white-house", "hugging-face", "tsmc",
  "ftc", "alibaba", "bytedance", "eu-ai-office", "us-congress", "intel", "amd", "uk-aisi", "perplexity", "github",
  "coreweave", "databricks", "huawei", "oracle", "palantir", "cohere", "scale-ai", "department-of-commerce",
];

/** How newsworthy each kind of organization is, before a random jitter orders the long tail. */
const KIND_TIER: Readonly<Record<PartyKind, number>> = {
  "frontier-lab": 6, "big-tech": 6, chipmaker: 4, cloud: 4, "ai-company": 4, "ai-security": 3, government: 3,
  regulator: 3, legislature: 3, investor: 2.5, military: 2.5, "open-source": 2.5, research: 2, company: 2,
  "civil-society": 1.5, "standards-body": 1.5, court: 1.5, startup: 1,
};

/**
 * Orders organizations by how often they make the news: the headliners first, then the rest by kind with a
 * seeded jitter, so the tail differs between seeds but is stable for one seed. Feed the result to a ZipfSampler.
 */
export function rankOrganizations(organizations: readonly Party[], random: Random): Party[] {
  const byKey = new Map(organizations.map((party) => [party.key, party]));
  const head = HEADLINERS.map((slug) => byKey.get(`org:${slug}`)).filter((party) => party !== undefined);
  const inHead = new Set(head.map((party) => party.key));
  const tail = organizations
    .filter((party) => !inHead.has(party.key))
    .map((party) => ({ party, score: KIND_TIER[party.kind] + random.next() * 3 }))
    .sort((a, b) => b.score - a.score || (a.party.key < b.party.key ? -1 : 1))
    .map(({ party }) => party);
  return [...head, ...tail];
}
