import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { OrganizationsFile, ThemesFile, type OrganizationKind } from "../../src/domain/Taxonomy.js";

/** What a party to a story is: a taxonomy kind, or a young company the taxonomy does not know yet. */
export type PartyKind = OrganizationKind | "startup";

/** An organization as stories use it: the names it can go by in text. */
export interface Party {
  /** "org:<slug>" for taxonomy organizations, "new:<slug>" for generated ones. */
  key: string;
  name: string;
  kind: PartyKind;
  aliases: readonly string[];
  products: readonly string[];
  country: string | null;
  /** What a young company works on ("runtime agent security"); null for taxonomy organizations. */
  focus: string | null;
}

/** The phrases of one theme that read well inside a sentence. */
export interface ThemePhrases {
  slug: string;
  strong: readonly string[];
  weak: readonly string[];
}

/** The taxonomy as the corpus generator needs it: parties by kind, theme phrases, and every known name. */
export interface CorpusTaxonomy {
  organizations: readonly Party[];
  themes: ReadonlyMap<string, ThemePhrases>;
  /** Every name, alias and product of the taxonomy, lower-cased: generated names must avoid them. */
  knownTerms: ReadonlySet<string>;
}

/** The taxonomy shipped with the project. */
export const DEFAULT_TAXONOMY_DIR = fileURLToPath(new URL("../../seeds/taxonomy/", import.meta.url));

// Single words that cannot stand as a noun in "attention on <phrase>" (verbs, adjectives).
const NOT_A_NOUN = /(?:ed|ic|ous|ive|al|ful|ble|ant)$/iu;
const VERB_WORDS = new Set(["sues", "suing", "raises", "unveils", "evaluate", "quantize", "launch", "release", "debut", "ban", "acquires", "invests"]);
// Phrases that are clauses rather than noun phrases.
const CLAUSES = new Set([
  "rolls out", "weights released", "released the weights", "signed into law", "study finds", "researchers found",
  "run locally", "running locally", "goes public", "valued at", "to acquire", "filed suit", "filed a complaint",
]);

/** Reads organizations.json and themes.json (fs + JSON.parse, checked against the project's schemas). */
export function loadCorpusTaxonomy(dir: string = DEFAULT_TAXONOMY_DIR): CorpusTaxonomy {
  const organizations = OrganizationsFile.parse(readJson(join(dir, "organizations.json"))).organizations;
  const themes = ThemesFile.parse(readJson(join(dir, "themes.json"))).themes;
  const knownTerms = new Set<string>();
  for (const org of organizations) {
    for (const term of [org.name, ...org.aliases, ...org.products]) knownTerms.add(term.toLowerCase());
  }
  const parties: Party[] = organizations.map((org) => ({
    key: `org:${org.slug}`,
    name: org.name,
    kind: org.kind,
    aliases: org.aliases,
    products: org.products,
    country: org.country ?? null,
    focus: null,
  }));
  // Phrases that name an organization ("Pentagon", "PyPI") would blur which organization a story is about.
  const usable = (phrase: string): boolean =>
    !phrase.split(" ").some((word) => knownTerms.has(word.toLowerCase())) &&
    !knownTerms.has(phrase.toLowerCase()) &&
    !CLAUSES.has(phrase.toLowerCase()) &&
    // The discoverer reads a capitalised word after "startup" as a company, even across a full stop.
    !/startups?$/iu.test(phrase) &&
    (phrase.includes(" ") || (!NOT_A_NOUN.test(phrase) && !VERB_WORDS.has(phrase.toLowerCase())));
  const phrases = new Map<string, ThemePhrases>();
  for (const theme of themes) {
    const strong = theme.strong.filter(usable);
    const weak = theme.weak.filter(usable);
    phrases.set(theme.slug, {
      slug: theme.slug,
      strong: strong.length > 0 ? strong : theme.strong,
      weak: weak.length > 1 ? weak : strong.length > 0 ? strong : theme.strong,
    });
  }
  return { organizations: parties, themes: phrases, knownTerms };
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8")) as unknown;
}
