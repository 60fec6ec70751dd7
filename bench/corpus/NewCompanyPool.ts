import type { Party } from "./CorpusTaxonomy.js";
import type { Random } from "./Random.js";

/** What a young company does; it decides its name's second word and the stories it can be in. */
export type StartupSector = "agents" | "security" | "robotics" | "compute" | "models" | "data";

/** A company the taxonomy does not know, alive in the news from `bornDay` to `lastDay` (day indexes). */
export interface NewCompany {
  party: Party;
  sector: StartupSector;
  bornDay: number;
  lastDay: number;
}

const ONSETS = [
  "Vel", "Zen", "Quor", "Ax", "Lum", "Nex", "Cor", "Tal", "Ori", "Kai", "Vant", "Syn", "Hal", "Ber", "Dra", "Fen",
  "Gal", "Mir", "Pol", "Rho", "Sol", "Tes", "Ul", "Var", "Xen", "Yor", "Zar", "Cal", "Dex", "Ev", "Brin", "Cyr",
  "Hex", "Jun", "Kor", "Lyr", "Mav", "Nym", "Pry", "Strat",
];
const MIDDLES = ["", "", "", "a", "i", "o", "e", "ar", "en", "is"];
const CODAS = [
  "trix", "ora", "ium", "ex", "ify", "ant", "eon", "ics", "ara", "os", "yn", "iq", "ent", "ova", "ux", "ari",
  "eda", "ock", "une", "ith",
];
const SECOND_WORDS: Readonly<Record<StartupSector, readonly string[]>> = {
  agents: ["Labs", "Agents", "AI", ""],
  security: ["Security", "Shield", "Labs", ""],
  robotics: ["Robotics", "Dynamics", "Machines"],
  compute: ["Compute", "Systems", "Silicon", "Networks"],
  models: ["AI", "Labs", "Research", ""],
  data: ["Data", "Systems", "Labs", ""],
};
const FOCUS: Readonly<Record<StartupSector, readonly string[]>> = {
  agents: ["enterprise AI agents", "browser agents for back-office work", "agent memory infrastructure"],
  security: ["runtime agent security", "AI supply chain security", "LLM firewall tooling"],
  robotics: ["warehouse robots", "humanoid robots", "robotic foundation models"],
  compute: ["inference chips", "GPU cloud capacity", "optical interconnect hardware"],
  models: ["small open-weight models", "reasoning models for finance", "multilingual models"],
  data: ["licensed training data", "evaluation datasets", "synthetic data pipelines"],
};
const SECTORS: readonly StartupSector[] = ["agents", "security", "robotics", "compute", "models", "data"];

/**
 * The stream of new companies: a few are born each week, stay in the news for weeks to months, then fade.
 * Names are built from syllables and never collide with a taxonomy name, alias or product.
 */
export class NewCompanyPool {
  private readonly companies: NewCompany[] = [];
  private readonly takenNames = new Set<string>();

  constructor(private readonly knownTerms: ReadonlySet<string>) {}

  /** A new company born on `day`. */
  introduce(day: number, random: Random): NewCompany {
    const sector = random.pick(SECTORS);
    const name = this.freshName(sector, random);
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/gu, "-");
    const company: NewCompany = {
      party: { key: `new:${slug}`, name, kind: "startup", aliases: [], products: [], country: null, focus: random.pick(FOCUS[sector]) },
      sector,
      bornDay: day,
      lastDay: day + random.int(14, 90),
    };
    this.companies.push(company);
    return company;
  }

  /** Companies born before `day` and still in the news on it. Old ones are dropped as days go by. */
  active(day: number): NewCompany[] {
    while (this.companies.length > 0 && (this.companies[0] as NewCompany).lastDay < day - 120) this.companies.shift();
    return this.companies.filter((company) => company.bornDay < day && day <= company.lastDay);
  }

  private freshName(sector: StartupSector, random: Random): string {
    for (;;) {
      const word = `${random.pick(ONSETS)}${random.pick(MIDDLES)}${random.pick(CODAS)}`;
      const second = random.pick(SECOND_WORDS[sector]);
      const name = second === "" ? word : `${word} ${second}`;
      const lower = name.toLowerCase();
      if (this.takenNames.has(lower) || this.knownTerms.has(lower) || this.knownTerms.has(word.toLowerCase())) continue;
      this.takenNames.add(lower);
      return name;
    }
  }
}
