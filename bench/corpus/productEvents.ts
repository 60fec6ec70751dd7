import { type EventKind, focusIs } from "./EventKind.js";
import { AUDIENCES, codeName, modelName } from "./wording.js";

const LAUNCH_NOUNS: Readonly<Record<string, readonly string[]>> = {
  agents: ["computer-use agent", "browser agent", "coding agent", "agent runtime", "agent platform", "desktop agent"],
  "developer-tools": ["coding assistant", "CLI", "SDK", "IDE extension", "developer platform"],
  "model-releases": ["reasoning model", "flagship model", "model family", "small model", "multimodal model"],
  "generative-media": ["video generation model", "image generator", "AI music tool", "voice cloning model"],
  "inference-efficiency": ["inference engine", "local inference runtime", "quantization toolkit", "on-device model"],
};

const launch: EventKind = {
  id: "launch",
  actors: ["frontier-lab", "ai-company", "big-tech", "cloud", "open-source", "company", "startup"],
  counterpart: null,
  themes: [],
  topicThemes: ["agents", "developer-tools", "model-releases", "generative-media", "inference-efficiency"],
  weight: 6,
  facts: ({ random, actor, topicTheme }) => {
    const noun = random.pick(LAUNCH_NOUNS[topicTheme] ?? ["AI agent"]);
    const product = actor.products.length > 0 && random.chance(0.5) ? `${random.pick(actor.products)} ` : "";
    return { thing: `${product}‘${codeName(random)}’ ${noun}`, audience: random.pick(AUDIENCES) };
  },
  glosses: [
    () => "research preview", () => "staged rollout", () => "reduced approvals with safeguards", () => "API and consumer apps",
    () => "limited beta", () => "general availability", (w) => `priced for ${w.audience}`, () => "EU launch delayed",
  ],
  bullet: [(w) => `${w.A} launches ${w.thing}`, (w) => `${w.A} ships ${w.thing}`, (w) => `${w.A} rolls out ${w.thing}`],
  top: [
    (w) => `${w.A} unveils ${w.thing} for ${w.audience} (${w.gloss})`,
    (w) => `${w.A} releases ${w.thing} with ${w.topic} features (${w.gloss})`,
    (w) => `${w.A} makes ${w.thing} available to ${w.audience} (${w.gloss})`,
  ],
  lead: [
    (w) => `${w.A} introduced ${w.thing}, aimed at ${w.audience}.`,
    (w) => `${w.aPoss} new ${w.thing} pushes further into ${w.topic}, moving assistants from answering to doing.`,
    (w) => `The ${w.thing} from ${w.a} targets ${w.audience} and raises the bar for ${w.topic}.`,
  ],
};

const chipLaunch: EventKind = {
  id: "chip-launch",
  actors: ["chipmaker", "cloud", "big-tech", "startup"],
  accepts: focusIs(/chip|GPU|hardware/u),
  counterpart: "lab",
  themes: ["compute-infrastructure"],
  topicThemes: [],
  weight: 3,
  facts: ({ random, actor }) => {
    const noun = random.pick(["AI accelerator", "data center CPU", "inference chip", "AI supercomputer", "HBM module"]);
    const name = actor.products.length > 0 && random.chance(0.5) ? random.pick(actor.products) : `‘${codeName(random)}’`;
    return { thing: `${name} ${noun}`, focus: noun };
  },
  glosses: [() => "sampling now, volume next year", () => "built on TSMC 3nm", () => "liquid-cooled racks", () => "rack-scale systems"],
  bullet: [(w) => `${w.A} enters ${w.focus} market with ${w.b} as anchor`, (w) => `${w.A} announces ${w.thing} with ${w.b} on board`],
  top: [
    (w) => `${w.A} launches ${w.thing} with ${w.b} as lead partner/customer (${w.gloss})`,
    (w) => `${w.A} unveils its first in-house ${w.focus} (${w.gloss}); ${w.b} signs on`,
  ],
  lead: [
    (w) => `${w.aPoss} ${w.thing} marks a structural shift in AI infrastructure supply, with ${w.b} as the first large buyer.`,
    (w) => `${w.A} moved into ${w.focus} hardware, changing hyperscaler bargaining power; ${w.b} is the anchor customer.`,
  ],
};

const openWeights: EventKind = {
  id: "open-weights",
  actors: ["frontier-lab", "ai-company", "open-source", "research", "big-tech", "startup"],
  accepts: focusIs(/model/u),
  counterpart: null,
  themes: ["open-weights", "model-releases"],
  topicThemes: [],
  weight: 3,
  facts: ({ random, actor }) => ({
    thing: modelName(random, actor.products.length > 0 && random.chance(0.4) ? random.pick(actor.products) : undefined),
    focus: random.pick(["Apache 2.0", "a permissive license", "a custom community license", "a research-only license"]),
  }),
  glosses: [() => "instruct and base variants", () => "128K context", () => "mixture of experts", () => "weights on Hugging Face", () => "GGUF builds within hours"],
  bullet: [(w) => `${w.A} releases open weights for ${w.thing}`, (w) => `${w.A} open-sources ${w.thing}`],
  top: [
    (w) => `${w.A} ${w.thing} open-weight model release (${w.gloss})`,
    (w) => `${w.A} publishes ${w.thing} weights under ${w.focus} (${w.gloss})`,
  ],
  lead: [
    (w) => `${w.A} released the weights of ${w.thing} under ${w.focus}.`,
    (w) => `An open release of ${w.thing} by ${w.a} adds to rapid commoditization of frontier-adjacent capabilities.`,
  ],
};

const METHODS = [
  "sparse attention scheme", "KV cache compression method", "world model", "training recipe", "memory architecture",
  "interpretability technique", "speculative decoding variant", "evaluation method",
];

const paper: EventKind = {
  id: "paper",
  actors: ["research", "frontier-lab", "ai-company", "open-source", "big-tech"],
  counterpart: null,
  themes: ["research"],
  topicThemes: ["research", "inference-efficiency", "evaluations", "safety-alignment"],
  weight: 2,
  facts: ({ random }) => ({ thing: `‘${codeName(random)}’ ${random.pick(METHODS)}` }),
  glosses: [() => "code released", () => "pending broader validation", () => "arXiv preprint", () => "reproductions under way"],
  bullet: [(w) => `${w.A} paper proposes ${w.thing}`, (w) => `${w.A} researchers detail ${w.thing}`],
  top: [
    (w) => `${w.A} ${w.thing} for ${w.topic} (${w.gloss})`,
    (w) => `${w.A} publishes ${w.thing} research targeting ${w.topic} (${w.gloss})`,
  ],
  lead: [
    (w) => `A reported ${w.thing} from ${w.a} targets ${w.topic} without brute-force scaling.`,
    (w) => `${w.A} claims its ${w.thing} improves ${w.topic}, pending independent reproduction.`,
  ],
};

const safetyPolicy: EventKind = {
  id: "safety-policy",
  actors: ["frontier-lab", "ai-company", "big-tech"],
  counterpart: null,
  themes: ["safety-alignment"],
  topicThemes: ["child-safety", "safety-alignment", "privacy", "misinformation"],
  weight: 2,
  facts: () => ({}),
  glosses: [() => "open-source classifiers included", () => "applies to API developers", () => "third-party audit promised", () => "age prediction rollout"],
  bullet: [(w) => `${w.A} publishes ${w.topic} policies`, (w) => `${w.A} updates its ${w.topic} policy framework`],
  top: [
    (w) => `${w.A} releases ${w.topic} policies and open-source tools (${w.gloss})`,
    (w) => `${w.A} ${w.topic} policy framework update with new safeguards (${w.gloss})`,
  ],
  lead: [
    (w) => `${w.A} published ${w.topic} policies intended to standardize developer protections.`,
    (w) => `New ${w.topic} commitments from ${w.a} could become a reference point for audits.`,
  ],
};

/** Launches and releases: products, chips, open weights, papers, safety policies. */
export const PRODUCT_EVENTS: readonly EventKind[] = [launch, chipLaunch, openWeights, paper, safetyPolicy];
