import type { EventKind } from "./EventKind.js";
import { MILITARY_USES, dollars, fundingRound } from "./wording.js";

const fundraise: EventKind = {
  id: "fundraise",
  actors: ["ai-company", "frontier-lab", "ai-security", "open-source", "cloud", "startup"],
  counterpart: "investor",
  themes: ["investment"],
  topicThemes: [],
  weight: 4,
  facts: ({ random, actor }) => {
    const young = actor.kind === "startup";
    return {
      amount: dollars(random, young ? "small" : actor.kind === "frontier-lab" ? "large" : random.pick(["medium", "large"] as const)),
      round: fundingRound(random, young),
      count: dollars(random, young ? "medium" : "large"),
    };
  },
  glosses: [(w) => `${w.count} valuation`, () => "oversubscribed", () => "secondary sale included", () => "compute commitments attached"],
  bullet: [(w) => `${w.A} raises ${w.amount} ${w.round}`, (w) => `${w.A} lands ${w.amount} in ${w.round} funding`],
  top: [
    (w) => `${w.A} closes ${w.amount} ${w.round} led by ${w.b} (${w.gloss})`,
    (w) => `${w.A} raises ${w.amount} ${w.round} at a ${w.count} valuation; ${w.b} leads (${w.gloss})`,
  ],
  lead: [
    (w) => `${w.A} raised ${w.amount} in a ${w.round} led by ${w.b}.`,
    (w) => `${w.b} invests in ${w.a} as part of a ${w.amount} ${w.round}.`,
  ],
};

const stealth: EventKind = {
  id: "stealth",
  actors: ["startup"],
  counterpart: "investor",
  themes: ["investment"],
  topicThemes: [],
  weight: 0,
  facts: ({ random, actor }) => ({ amount: dollars(random, "small"), focus: actor.focus ?? "AI agents" }),
  glosses: [(w) => `${w.b}-backed`, () => "ex-frontier-lab founders", () => "seed and Series A combined"],
  bullet: [(w) => `${w.a} emerges from stealth with ${w.amount}`, (w) => `Startup ${w.a} comes out of stealth`],
  top: [
    (w) => `${w.a} emerges from stealth with ${w.amount} to build ${w.focus} (${w.gloss})`,
    (w) => `Stealth startup ${w.a} unveils ${w.focus} plans and ${w.amount} (${w.gloss})`,
  ],
  lead: [
    (w) => `${w.a} emerges from stealth backed by ${w.b}, targeting ${w.focus}.`,
    (w) => `Startup ${w.a} raised ${w.amount} from ${w.b} to work on ${w.focus}.`,
  ],
};

const acquisition: EventKind = {
  id: "acquisition",
  actors: ["big-tech", "ai-company", "frontier-lab", "cloud", "chipmaker", "company", "ai-security"],
  counterpart: "target",
  themes: ["investment"],
  topicThemes: ["antitrust-competition", "security-products", "agents", "developer-tools"],
  weight: 3,
  facts: ({ random }) => ({ amount: dollars(random, random.pick(["medium", "large"] as const)) }),
  glosses: [(w) => w.topic, (w) => `reported ${w.amount}`, () => "terms undisclosed", () => "team and IP deal"],
  bullet: [(w) => `${w.A} acquires ${w.b}`, (w) => `${w.A} buys ${w.b}`, (w) => `${w.A} to acquire ${w.b}`],
  top: [
    (w) => `${w.A} acquires ${w.b} (${w.gloss})`,
    (w) => `${w.A} agrees to buy ${w.b} for ${w.amount} (${w.topic} push)`,
    (w) => `${w.A} acquisition of ${w.b} (${w.gloss})`,
  ],
  lead: [
    (w) => `${w.A} acquires ${w.b} in a deal reportedly worth ${w.amount}, with ${w.topic} at the heart of the rationale.`,
    (w) => `${w.aPoss} purchase of ${w.b} signals ${w.topic} is becoming a bundled platform capability.`,
  ],
};

const partnership: EventKind = {
  id: "partnership",
  actors: ["big-tech", "ai-company", "frontier-lab", "cloud", "chipmaker", "company", "ai-security", "startup"],
  counterpart: "any",
  themes: [],
  topicThemes: ["compute-infrastructure", "agents", "energy", "generative-media", "developer-tools", "security-products"],
  weight: 4,
  facts: () => ({}),
  glosses: [() => "multi-year", () => "non-exclusive", () => "revenue share undisclosed", () => "pilot first"],
  bullet: [(w) => `${w.A} partners with ${w.b} on ${w.topic}`, (w) => `${w.A} teams up with ${w.b} for ${w.topic}`],
  top: [
    (w) => `${w.A} and ${w.b} announce ${w.topic} partnership (${w.gloss})`,
    (w) => `${w.A}–${w.b} deal expands ${w.topic} work (${w.gloss})`,
  ],
  lead: [
    (w) => `${w.A} partners with ${w.b} to expand ${w.topic}.`,
    (w) => `A tie-up between ${w.a} and ${w.b} puts ${w.topic} at the centre of both roadmaps.`,
  ],
};

const pentagonContract: EventKind = {
  id: "pentagon-contract",
  actors: ["ai-company", "frontier-lab", "big-tech", "company", "cloud", "chipmaker", "startup"],
  counterpart: null,
  themes: ["national-security"],
  topicThemes: ["policy-regulation", "agents", "compute-infrastructure"],
  weight: 1.2,
  facts: ({ random }) => ({
    amount: dollars(random, random.pick(["medium", "large"] as const)),
    use: random.pick(MILITARY_USES),
    pentagon: random.pick(["the Pentagon", "the Pentagon", "the Department of Defense", "DoD"]),
  }),
  glosses: [() => "one-year prototype", () => "other transaction authority", () => "ceiling value", () => "classified networks"],
  bullet: [(w) => `${w.A} signs ${w.amount} contract with ${w.pentagon}`, (w) => `${w.A} wins ${w.amount} defense deal for ${w.use}`],
  top: [
    (w) => `${w.A} signs contract with ${w.pentagon} for ${w.use} (${w.gloss})`,
    (w) => `${w.A} lands ${w.amount} award from ${w.pentagon} (${w.use}, ${w.gloss})`,
  ],
  lead: [
    (w) => `${w.A} signed a ${w.amount} agreement with ${w.pentagon} covering ${w.use}.`,
    (w) => `A ${w.amount} military award to ${w.a} for ${w.use} deepens the defense tech pipeline.`,
  ],
};

const investorFund: EventKind = {
  id: "investor-fund",
  actors: ["investor"],
  counterpart: null,
  themes: ["investment"],
  topicThemes: [],
  weight: 2,
  facts: ({ random }) => ({ amount: dollars(random, "large") }),
  glosses: [() => "AI infrastructure focus", () => "security and apps too", () => "largest fund yet"],
  bullet: [(w) => `${w.A} raises ${w.amount} fund for AI`, (w) => `${w.A} closes new ${w.amount} fund`],
  top: [
    (w) => `${w.A} raises ${w.amount} and doubles down on AI investing (${w.gloss})`,
    (w) => `${w.A} ${w.amount} fund targets AI startups (${w.gloss})`,
  ],
  lead: [
    (w) => `A ${w.amount} fundraise signals sustained capital availability for AI startups at ${w.a}.`,
    (w) => `${w.A} now has ${w.amount} of fresh capital for AI bets.`,
  ],
};

const investorBacks: EventKind = {
  id: "investor-backs",
  actors: ["investor"],
  counterpart: "startup",
  themes: ["investment"],
  topicThemes: [],
  weight: 0,
  facts: (draw) => ({
    amount: dollars(draw.random, "small"),
    round: fundingRound(draw.random, true),
    focus: draw.counterpart?.focus ?? "AI agents",
  }),
  glosses: [(w) => w.focus, () => "first institutional round", () => "valuation not disclosed"],
  bullet: [(w) => `${w.A} invests in ${w.b}`, (w) => `${w.A} backs ${w.b} with ${w.amount}`],
  top: [
    (w) => `${w.A} leads ${w.amount} ${w.round} in ${w.b} (${w.gloss})`,
    (w) => `${w.A} bets ${w.amount} on ${w.b} and ${w.focus} (${w.gloss})`,
  ],
  lead: [
    (w) => `${w.A} invests in ${w.b}, betting on ${w.focus}.`,
    (w) => `${w.b} raised ${w.amount} in a round led by ${w.a}.`,
  ],
};

/** Money and partners: funding, stealth debuts, acquisitions, partnerships, defense contracts, funds. */
export const DEAL_EVENTS: readonly EventKind[] = [fundraise, stealth, acquisition, partnership, pentagonContract, investorFund, investorBacks];
