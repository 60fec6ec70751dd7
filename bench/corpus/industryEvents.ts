import { type EventKind, focusIs, productOf } from "./EventKind.js";
import { ATTACK_VECTORS, FLAWS, PLACES, REGIONS, REGISTRIES, dollars } from "./wording.js";

const vulnerability: EventKind = {
  id: "vulnerability",
  actors: ["ai-security", "research", "startup"],
  accepts: focusIs(/security|firewall/u),
  counterpart: "lab",
  themes: ["cybersecurity"],
  topicThemes: ["agents", "supply-chain-security", "security-products", "cybersecurity"],
  weight: 3,
  facts: (draw) => ({ bThing: productOf(draw.counterpart, draw), thing: draw.random.pick(FLAWS) }),
  glosses: [() => "patched; CVE assigned", () => "no patch yet", () => "exploited in the wild", () => "bug bounty paid"],
  bullet: [(w) => `${w.A} reports ${w.thing} in ${w.bThing}`, (w) => `${w.thing} found in ${w.bThing} by ${w.a}`],
  top: [
    (w) => `${w.bThing} ${w.thing} disclosed by ${w.a} (${w.gloss})`,
    (w) => `${w.A} details ${w.thing} affecting ${w.bThing} users (${w.gloss})`,
  ],
  lead: [
    (w) => `${w.A} disclosed a ${w.thing} in ${w.bThing}; the issue centres on ${w.topic}.`,
    (w) => `Researchers at ${w.a} showed how a ${w.thing} in ${w.bThing} can be abused, a reminder about ${w.topic}.`,
  ],
};

const outage: EventKind = {
  id: "outage",
  actors: ["cloud", "big-tech"],
  counterpart: null,
  themes: ["compute-infrastructure"],
  topicThemes: [],
  weight: 1.5,
  facts: ({ random }) => ({ place: random.pick(REGIONS) }),
  glosses: [() => "cooling failure", () => "power event", () => "networking fault", () => "hours-long recovery"],
  bullet: [(w) => `${w.A} ${w.place} outage disrupts AI services`, (w) => `${w.A} suffers ${w.place} cloud outage`],
  top: [
    (w) => `${w.A} cloud outage in ${w.place} takes down AI endpoints (${w.gloss})`,
    (w) => `${w.place} cloud outage at ${w.a} hits AI workloads (${w.gloss})`,
  ],
  lead: [
    (w) => `A cloud outage in ${w.aPoss} ${w.place} region disrupted AI endpoints for hours.`,
    (w) => `Disruption at ${w.a} in ${w.place} shows AI services inherit physical infrastructure fragility.`,
  ],
};

const supplyChain: EventKind = {
  id: "supply-chain",
  actors: ["open-source", "ai-company", "company", "startup", "ai-security"],
  counterpart: null,
  themes: ["supply-chain-security", "cybersecurity"],
  topicThemes: [],
  weight: 2,
  facts: ({ random }) => ({ place: random.pick(REGISTRIES), thing: random.pick(ATTACK_VECTORS) }),
  glosses: [() => "malicious .pth credential exfiltration", () => "tokens and cloud keys stolen", () => "yanked within hours", () => "maintainer account hijacked"],
  bullet: [(w) => `${w.A} ${w.place} supply-chain compromise`, (w) => `Malicious ${w.a} releases pushed to ${w.place}`],
  top: [
    (w) => `${w.A} ${w.place} package compromise (${w.gloss})`,
    (w) => `${w.A} hit by ${w.place} supply chain attack via malicious releases (${w.gloss})`,
  ],
  lead: [
    (w) => `A reported compromise of ${w.a} packages via ${w.thing} highlights acute dependency risk and forces key rotation and pinning.`,
    (w) => `Attackers abused ${w.thing} to ship tampered ${w.a} builds on ${w.place}.`,
  ],
};

const layoffs: EventKind = {
  id: "layoffs",
  actors: ["big-tech", "company", "ai-company"],
  counterpart: null,
  themes: ["labor-economy"],
  topicThemes: [],
  weight: 1.5,
  facts: ({ random }) => ({ count: random.pick(["200", "450", "1,200", "3,000", "4,000", "6,500", "12,000"]) }),
  glosses: [() => "customer support hit hardest", () => "hiring freeze extended", () => "severance details", () => "AI cited as the reason"],
  bullet: [(w) => `${w.A} cuts ${w.count} jobs citing AI`, (w) => `${w.A} layoffs hit ${w.count} roles`],
  top: [
    (w) => `${w.A} layoff of ${w.count} roles tied to AI automation (${w.gloss})`,
    (w) => `${w.A} to shed ${w.count} jobs as AI agents take over workflows (${w.gloss})`,
  ],
  lead: [
    (w) => `${w.A} announced ${w.count} job cuts, citing automation and a shift toward AI agents.`,
    (w) => `The ${w.count} layoffs at ${w.a} feed the debate on white-collar jobs and automation.`,
  ],
};

const buildout: EventKind = {
  id: "buildout",
  actors: ["big-tech", "cloud", "frontier-lab", "ai-company", "chipmaker", "government"],
  counterpart: null,
  themes: ["compute-infrastructure", "energy"],
  topicThemes: [],
  weight: 3,
  facts: ({ random }) => ({
    amount: dollars(random, "large"),
    place: random.pick(PLACES),
    count: random.pick(["1", "1.5", "2", "3", "5"]),
  }),
  glosses: [() => "nuclear power deal", () => "gas turbines on site", () => "first phase next year", () => "grid interconnect pending"],
  bullet: [(w) => `${w.A} commits ${w.amount} to ${w.place} data center`, (w) => `${w.A} plans ${w.amount} AI campus in ${w.place}`],
  top: [
    (w) => `${w.A} announces ${w.amount} AI data center campus in ${w.place} (${w.count} GW, ${w.gloss})`,
    (w) => `${w.A} ${w.place} compute buildout: ${w.amount} data center campus and ${w.count} GW of power (${w.gloss})`,
  ],
  lead: [
    (w) => `${w.A} plans ${w.amount} of data center capacity in ${w.place}, with electricity the binding constraint.`,
    (w) => `A ${w.count} GW campus in ${w.place} extends ${w.aPoss} compute buildout.`,
  ],
};

/** Things that happen to companies: vulnerabilities, outages, compromised packages, layoffs, data centers. */
export const INDUSTRY_EVENTS: readonly EventKind[] = [vulnerability, outage, supplyChain, layoffs, buildout];
