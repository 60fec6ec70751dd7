import { type EventKind, productOf } from "./EventKind.js";
import { BILL_WORDS, MILITARY_USES, dollars } from "./wording.js";

const lawsuit: EventKind = {
  id: "lawsuit",
  actors: ["company", "civil-society", "ai-company", "government", "startup", "big-tech"],
  counterpart: "company",
  themes: ["litigation"],
  topicThemes: ["privacy", "child-safety", "generative-media", "antitrust-competition"],
  weight: 3,
  facts: () => ({}),
  glosses: [() => "class action sought", () => "filed in federal court", () => "damages unspecified", () => "injunction requested"],
  bullet: [(w) => `${w.A} sues ${w.b} over ${w.topic}`, (w) => `${w.A} files suit against ${w.b} over ${w.topic}`],
  top: [
    (w) => `${w.A} lawsuit against ${w.b} alleges ${w.topic} harms (${w.gloss})`,
    (w) => `${w.A} takes ${w.b} to court over ${w.topic} (${w.gloss})`,
  ],
  lead: [
    (w) => `${w.A} sued ${w.b}, alleging harms tied to ${w.topic}.`,
    (w) => `A complaint from ${w.a} accuses ${w.b} of failures on ${w.topic}.`,
  ],
};

const fine: EventKind = {
  id: "fine",
  actors: ["regulator", "government"],
  counterpart: "company",
  themes: ["policy-regulation"],
  topicThemes: ["privacy", "antitrust-competition", "child-safety", "misinformation"],
  weight: 3,
  facts: ({ random }) => ({ amount: dollars(random, random.pick(["small", "medium", "large"] as const)) }),
  glosses: [() => "appeal expected", () => "largest to date", () => "remedies ordered", () => "compliance deadline set"],
  bullet: [(w) => `${w.A} fines ${w.b} ${w.amount} over ${w.topic}`, (w) => `${w.A} penalizes ${w.b} on ${w.topic}`],
  top: [
    (w) => `${w.A} imposes ${w.amount} penalty on ${w.b} for ${w.topic} breaches (${w.gloss})`,
    (w) => `${w.amount} fine for ${w.b} from ${w.a} over ${w.topic} (${w.gloss})`,
  ],
  lead: [
    (w) => `${w.A} fined ${w.b} ${w.amount} over ${w.topic} failures.`,
    (w) => `The ${w.amount} penalty against ${w.b} shows regulators testing their powers on ${w.topic}.`,
  ],
};

const investigation: EventKind = {
  id: "investigation",
  actors: ["regulator", "government", "legislature"],
  counterpart: "company",
  themes: ["policy-regulation"],
  topicThemes: ["privacy", "antitrust-competition", "child-safety", "national-security"],
  weight: 3,
  facts: () => ({}),
  glosses: [() => "information requests issued", () => "formal proceedings", () => "preliminary findings due", () => "dawn raid reported"],
  bullet: [(w) => `${w.A} opens probe into ${w.b} over ${w.topic}`, (w) => `${w.A} investigates ${w.b} on ${w.topic}`],
  top: [
    (w) => `${w.A} investigation into ${w.b} over ${w.topic} practices (${w.gloss})`,
    (w) => `${w.A} demands answers from ${w.b} on ${w.topic} (${w.gloss})`,
  ],
  lead: [
    (w) => `${w.A} investigates ${w.b} over ${w.topic}, signalling tougher oversight.`,
    (w) => `Scrutiny of ${w.b} by ${w.a} centres on ${w.topic}.`,
  ],
};

const rulemaking: EventKind = {
  id: "rulemaking",
  actors: ["legislature", "government", "regulator", "standards-body"],
  counterpart: null,
  themes: ["policy-regulation"],
  topicThemes: ["child-safety", "privacy", "safety-alignment", "misinformation", "labor-economy", "energy", "agents"],
  weight: 4,
  facts: ({ random }) => ({
    thing: random.chance(0.6)
      ? `‘${random.pick(BILL_WORDS)} Act’`
      : `${random.pick(["SB", "AB", "HB", "S."])} ${random.int(12, 2999)}`,
  }),
  glosses: [() => "compliance deadline in 2027", () => "public consultation open", () => "second reading", () => "industry pushback", () => "effective in 18 months"],
  bullet: [(w) => `${w.A} advances ${w.thing}`, (w) => `${w.A} moves forward on ${w.thing}`],
  top: [
    (w) => `${w.A} passes ${w.thing} on ${w.topic} (${w.gloss})`,
    (w) => `${w.A} publishes ${w.thing} draft covering ${w.topic} (${w.gloss})`,
  ],
  lead: [
    (w) => `${w.A} advanced ${w.thing}, setting obligations on ${w.topic}.`,
    (w) => `${w.thing} would give ${w.a} new levers over ${w.topic}.`,
  ],
};

const EXPORT_AUTHORITIES = new Set(
  ["bis", "department-of-commerce", "mofcom", "us-government", "white-house", "chinese-government", "european-commission", "meti", "treasury", "state-department", "uk-government", "japanese-government"].map((slug) => `org:${slug}`),
);

const exportControls: EventKind = {
  id: "export-controls",
  actors: ["government", "regulator"],
  accepts: (actor) => EXPORT_AUTHORITIES.has(actor.key),
  counterpart: "chipmaker",
  themes: ["export-controls", "national-security"],
  topicThemes: [],
  weight: 4,
  facts: (draw) => ({ bThing: productOf(draw.counterpart, draw) }),
  glosses: [() => "license requirement", () => "effective immediately", () => "Entity List additions", () => "grace period for shipments"],
  bullet: [(w) => `${w.A} tightens export rules on ${w.bThing} chips`, (w) => `${w.A} restricts ${w.bThing} shipments`],
  top: [
    (w) => `${w.A} export-control update on ${w.bThing} shipments to China (${w.gloss})`,
    (w) => `${w.A} curbs ${w.bThing} chip sales abroad (${w.gloss})`,
  ],
  lead: [
    (w) => `${w.A} tightened export controls covering ${w.bThing} shipments, raising compliance stakes for ${w.b}.`,
    (w) => `New chip export restrictions from ${w.a} hit ${w.bThing} sales.`,
  ],
};

const ruling: EventKind = {
  id: "ruling",
  actors: ["court"],
  counterpart: "company",
  themes: ["litigation"],
  topicThemes: ["privacy", "generative-media", "antitrust-competition", "national-security"],
  weight: 1.5,
  facts: () => ({}),
  glosses: [() => "appeal likely", () => "injunction denied", () => "jury trial set", () => "partial summary judgment"],
  bullet: [(w) => `${w.A} rules against ${w.b} in ${w.topic} case`, (w) => `${w.A} sides with ${w.b} on ${w.topic}`],
  top: [
    (w) => `${w.A} ruling in ${w.b} ${w.topic} case (${w.gloss})`,
    (w) => `Judge at ${w.a} questions ${w.b} on ${w.topic} (${w.gloss})`,
  ],
  lead: [
    (w) => `A ruling by ${w.a} in the ${w.b} case sets an early marker on ${w.topic}.`,
    (w) => `${w.A} weighed ${w.b} arguments on ${w.topic}.`,
  ],
};

const militaryAdoption: EventKind = {
  id: "military-adoption",
  actors: ["military"],
  counterpart: "lab",
  themes: ["national-security"],
  topicThemes: ["agents", "compute-infrastructure", "cybersecurity"],
  weight: 1.5,
  facts: ({ random }) => ({ use: random.pick(MILITARY_USES) }),
  glosses: [() => "classified networks", () => "pilot expanded", () => "oversight questions raised", () => "civilian harm scrutiny"],
  bullet: [(w) => `${w.A} deploys ${w.b} models for ${w.use}`, (w) => `${w.A} adopts ${w.b} systems`],
  top: [
    (w) => `${w.A} expands use of ${w.b} AI for ${w.use} (${w.gloss})`,
    (w) => `${w.A} adopts ${w.b} systems for ${w.use} (${w.gloss})`,
  ],
  lead: [
    (w) => `${w.A} is expanding its use of ${w.b} systems for ${w.use}, drawing scrutiny over oversight.`,
    (w) => `Military adoption of ${w.b} tools for ${w.use} moves beyond pilots.`,
  ],
};

const report: EventKind = {
  id: "report",
  actors: ["research", "civil-society", "standards-body", "government"],
  counterpart: null,
  themes: [],
  topicThemes: ["evaluations", "safety-alignment", "misinformation", "labor-economy", "privacy", "child-safety"],
  weight: 3,
  facts: () => ({}),
  glosses: [() => "peer review pending", () => "survey of 40 labs", () => "dataset released", () => "methodology contested"],
  bullet: [(w) => `${w.A} report on ${w.topic}`, (w) => `${w.A} study flags ${w.topic} risks`],
  top: [
    (w) => `${w.A} study finds ${w.topic} risks underestimated (${w.gloss})`,
    (w) => `${w.A} publishes ${w.topic} report with policy recommendations (${w.gloss})`,
  ],
  lead: [
    (w) => `${w.A} published findings on ${w.topic}, calling for independent verification.`,
    (w) => `New work from ${w.a} puts numbers on ${w.topic}.`,
  ],
};

const evaluation: EventKind = {
  id: "evaluation",
  actors: ["research", "ai-security", "government", "standards-body"],
  counterpart: "lab",
  themes: ["evaluations"],
  topicThemes: ["safety-alignment", "cybersecurity", "agents"],
  weight: 2,
  facts: (draw) => ({ bThing: productOf(draw.counterpart, draw) }),
  glosses: [(w) => `${w.topic} findings`, () => "pre-deployment access", () => "results partly redacted", () => "new leaderboard"],
  bullet: [(w) => `${w.A} red-teams ${w.bThing}`, (w) => `${w.A} evaluates ${w.bThing}`],
  top: [
    (w) => `${w.A} pre-deployment evaluation of ${w.bThing} (${w.gloss})`,
    (w) => `${w.A} benchmark results for ${w.bThing} on ${w.topic} (${w.gloss})`,
  ],
  lead: [
    (w) => `${w.A} evaluated ${w.bThing} and reported gaps around ${w.topic}.`,
    (w) => `Third-party testing of ${w.bThing} by ${w.a} focused on ${w.topic}.`,
  ],
};

/** Courts, regulators, legislators, militaries and researchers acting on the industry. */
export const PUBLIC_SECTOR_EVENTS: readonly EventKind[] = [lawsuit, fine, investigation, rulemaking, exportControls, ruling, militaryAdoption, report, evaluation];
