import type { Random } from "./Random.js";

/** Code names for products and models; none is a taxonomy name, alias or product on its own. */
export const CODE_NAMES = [
  "Atlas", "Nova", "Helix", "Orion", "Lumen", "Vega", "Tempo", "Forge", "Echo", "Pulse", "Aurora", "Sentinel",
  "Beacon", "Quill", "Canvas", "Relay", "Harbor", "Summit", "Prism", "Drift", "Cobalt", "Falcon", "Kestrel",
  "Ember", "Meridian", "Halcyon", "Zephyr", "Cinder", "Lattice", "Vertex", "Nimbus", "Solstice", "Tessera", "Argo",
  "Juniper", "Osprey", "Cascade", "Polaris", "Sable", "Onyx", "Fathom", "Aegis", "Loom", "Keel", "Basalt",
  "Quasar", "Pylon", "Cairn", "Arbor", "Strata", "Vireo", "Bastion",
] as const;

const VERSIONS = ["", "", " 2", " 3", " 4.5", " Pro", " Mini", " Flash", " Ultra", "-2", " Max"];

/** A product code name such as "Nova 2" or "Helix Pro". */
export function codeName(random: Random): string {
  return `${random.pick(CODE_NAMES)}${random.pick(VERSIONS)}`;
}

/** A model identifier with a size, such as "Orion-70B". */
export function modelName(random: Random, base?: string): string {
  const stem = base !== undefined && !base.includes(" ") ? base : random.pick(CODE_NAMES);
  return `${stem}-${random.pick([3, 7, 8, 14, 15, 27, 32, 70, 105, 120, 235, 405])}B`;
}

/** A dollar amount in the range a story of that scale would carry: "$40M", "$1.2B". */
export function dollars(random: Random, scale: "small" | "medium" | "large"): string {
  if (scale === "small") return `$${random.pick([2, 4, 5, 8, 12, 15, 20, 25, 30, 40, 45, 60, 75])}M`;
  if (scale === "medium") return `$${random.pick([80, 100, 120, 150, 200, 250, 300, 350, 400, 500, 600, 750])}M`;
  const billions = random.pick(["1", "1.2", "1.5", "2", "2.5", "3", "3.5", "5", "6.6", "8", "10", "13", "20", "40"]);
  return `$${billions}B`;
}

/** A funding round name (several are strong phrases of the investment theme). */
export function fundingRound(random: Random, young: boolean): string {
  return young
    ? random.pick(["seed round", "Series A", "Series A", "Series B", "pre-seed round"])
    : random.pick(["Series B", "Series C", "Series D", "Series E", "funding round", "growth round"]);
}

/** Who a product is for. */
export const AUDIENCES = [
  "enterprise teams", "developers", "government customers", "consumers", "regulated industries", "Pro subscribers",
  "security teams", "small businesses",
] as const;

/** Where data centers get built and cloud regions fail. */
export const PLACES = [
  "Texas", "Ohio", "Arizona", "Abu Dhabi", "Norway", "Malaysia", "Saudi Arabia", "Ireland", "India", "Wisconsin",
  "Louisiana", "Finland", "Japan", "Bahrain", "Frankfurt", "Virginia", "São Paulo", "Singapore",
] as const;

/** Cloud regions, for outage stories. */
export const REGIONS = ["us-east-1", "Bahrain", "Frankfurt", "Tokyo", "São Paulo", "Virginia", "Dublin", "Singapore"] as const;

/** Kinds of security flaws reported in AI products. */
export const FLAWS = [
  "prompt-injection flaw", "sandbox escape", "remote code execution vulnerability", "credential leak",
  "data exfiltration bug", "authentication bypass", "tool-call hijacking vulnerability",
] as const;

/** How a package gets compromised. */
export const ATTACK_VECTORS = [
  "a malicious .pth auto-execution vector", "a post-install script", "a hijacked maintainer account",
  "a typosquatted dependency", "a poisoned CI workflow", "a tampered release tarball",
] as const;

/** Package registries; most name their operator, which the taxonomy knows. */
export const REGISTRIES = ["PyPI", "PyPI", "npm", "npm", "Docker Hub", "VS Code Marketplace"] as const;

/** What militaries buy AI for. */
export const MILITARY_USES = [
  "classified network access", "logistics planning", "AI targeting support", "cyber defense", "drone autonomy",
  "intelligence analysis", "back-office automation",
] as const;

/** Words for generated bill names: "‘Frontier AI Accountability Act’". */
export const BILL_WORDS = [
  "AI Accountability", "Algorithmic Transparency", "Frontier AI Safety", "Kids Online Safety", "Deepfake Disclosure",
  "Compute Reporting", "Digital Trust", "Chatbot Safety", "AI Whistleblower", "Automated Decisions",
] as const;

/** The angle a follow-up takes on a story seen days earlier. */
export const FOLLOW_UP_ANGLES = [
  "follow-up", "new details", "reactions and analysis", "regulators weigh in", "customer fallout",
  "second-day coverage", "what changed", "market reaction", "independent analysis", "critics respond",
] as const;

/** Sentences that open the summary of a follow-up. */
export const FOLLOW_UP_LEADS = [
  "Coverage continued after the initial report.",
  "New details emerged since the first reports.",
  "Reaction is still building around the earlier announcement.",
  "Follow-up reporting adds context to the earlier announcement.",
  "Second-day analysis clarifies the scope.",
] as const;
