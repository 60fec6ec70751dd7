import type { Evidence } from "../domain/Evidence.js";
import type { Token } from "./tokenize.js";
import { tokensOf, type FieldText, type TextField } from "./ItemText.js";
import type { KnownMention } from "./OrganizationFinder.js";
import { nameRuns, type NameRun } from "./nameRuns.js";
import { GENERIC_NAME_WORD, LEXICON, ORGANIZATION_NOUN, ORGANIZATION_NOUNS, ORGANIZATION_SUFFIX } from "./nameLexicon.js";
import { WordClasses } from "./WordClasses.js";
import { phraseEndingAt, phrases, phraseStartingAt } from "./tokenPhrases.js";
import { foldDiscoveredNames } from "./foldDiscoveredNames.js";

/** An organization found in text that the taxonomy does not know. */
export interface DiscoveredOrganization {
  name: string;
  evidence: Evidence;
}

/**
 * A discovered organization and its evidence, always built here with their properties in one order: objects
 * made by spreads took several shapes, which sent the functions reading them back to be compiled again.
 */
function discoveredOrganization(name: string, evidence: Evidence): DiscoveredOrganization {
  return { name, evidence };
}

/** Evidence of a discovery rule, its properties in the order of every Evidence record. */
function discoveryEvidence(rule: string, field: TextField, text: string, start: number, end: number): Evidence {
  return { rule, field, text, start, end };
}


// Words before a name in the role of an organization: "acquires X", "partners with X", "sues X".
const BEFORE_NAME = phrases(
  "acquires, acquired, acquiring, acquire, buys, bought, buying, buy, acquisition of, purchase of, takeover of, " +
    "stake in, investment in, invests in, invested in, investing in, backed by, led by, funded by, " +
    "partners with, partnered with, partnering with, partnership with, deal with, agreement with, " +
    "agreements with, contract with, alliance with, merger with, merge with, merges with, " +
    "sues, sued, suing, suit against, suits against, lawsuit against, case against, complaint against, " +
    "proceedings against, probe into, investigation into, investigates, probes, fined, spun out of, " +
    "audit by, report by, analysis by, study by, investigation by, researchers at, researchers from, analysts at, " +
    "engineers at, scientists at",
);
// Words after a name that make it an organization's whatever the sentence: "a Tokyo Electron unit", "Sequoia-led".
const ORGANIZATION_AFTER = new Set("unit subsidiary division affiliate backed owned funded led".split(" "));
// Of these, the participles need a hyphen: "Sequoia-led round", not "a Series B led by".
const HYPHENATED_AFTER = new Set("backed owned funded led".split(" "));
// Nouns after a name that make the name a description of the organization that follows: "Postgres provider X".
const DESCRIBING_NOUNS = new Set([...ORGANIZATION_NOUNS].filter((noun) => !noun.startsWith("rival")));
// Words after a name in that role: "X raises $…", "X launches…", "X, … , agreed to buy…".
const AFTER_NAME = phrases(
  "raises, raised, raising, secures, secured, closes, closed, completes, completed, acquires, agreed to acquire, " +
    "agreed to buy, agrees to acquire, agrees to buy, to acquire, to buy, sues, sued, partners with, teams up with, " +
    "emerges from stealth, exits stealth, came out of stealth, valued at, launches, launched, unveils, unveiled, " +
    "releases, open-sources, open sources, debuts, introduces, files for, filed for, lays off, laid off, " +
    "merges with, settles, settled",
);
// What follows "X," when X is an organization: "X, a Toronto startup", "X, founded by…".
const APPOSITIVE_OPENERS = phrases(
  "founded by, co-founded by, cofounded by, backed by, owned by, maker of, developer of, creator of, " +
    "which makes, which builds, which develops, which sells",
);
const CASE_SEPARATORS = new Set(["v", "vs", "versus"]);
// Offices that follow a place's name and sue or regulate in their own name.
const OFFICES = phrases("attorney general, ag, legislature, public utility commission, public service commission");
const FUNCTION_WORDS = new Set(
  "and or but of for to in on at by with from as than that which who whose is are was were has have had will would".split(" "),
);
const ARTICLES = new Set(["a", "an", "the"]);
const ORDINALS = new Set(
  "first second third fourth fifth sixth seventh eighth ninth tenth eleventh federal 1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th 11th"
    .split(" "),
);
const MAX_APPOSITIVE_WORDS = 6;

/** The lists above by word (see WordClasses): asked of the words around every candidate name. */
const AROUND_NAMES = new WordClasses([ORGANIZATION_AFTER, DESCRIBING_NOUNS, FUNCTION_WORDS, ARTICLES, ORDINALS, CASE_SEPARATORS]);
const ORGANIZATION_AFTER_WORD = 1 << 0;
const DESCRIBING_NOUN = 1 << 1;
const FUNCTION_WORD = 1 << 2;
const ARTICLE = 1 << 3;
const ORDINAL = 1 << 4;
const CASE_SEPARATOR = 1 << 5;

/**
 * Finds capitalised names in organisational roles that the taxonomy does not know: the object of "acquires",
 * "partners with" or "sues" ("Databricks acquires Antimatter and SiftD.ai"), the subject of "raises",
 * "launches" or "emerges from stealth", a name after "startup" or "toy maker", a name followed by ", a Toronto
 * startup", a name ending in "Labs" or "Robotics", a court ("Court of Appeal"), the parties of "X v. Y", and
 * names listed alongside a known organization ("Disney, NBCUniversal and Warner Bros. Discovery"). People
 * ("Bret Taylor"), places and sentence openers are left out, and a short form of a longer discovered name
 * ("Chai" beside "Chai Research") is folded into it.
 */
export function discoverOrganizations(
  texts: readonly FieldText[],
  mentions: ReadonlyMap<TextField, readonly KnownMention[]>,
): DiscoveredOrganization[] {
  const found: DiscoveredOrganization[] = [];
  // Runs of several words, whose text is only needed to spell out an acronym: most items discover none.
  const longRuns: Array<{ run: NameRun; tokens: Token[]; text: string }> = [];
  for (const fieldText of texts) {
    const { field, text } = fieldText;
    const tokens = tokensOf(fieldText);
    const runs = nameRuns(tokens, text, mentions.get(field) ?? []);
    for (const run of runs) if (run.end - run.first > 1) longRuns.push({ run, tokens, text });
    // The role found for each run, by its index, or null: an array beside the runs rather than a Map keyed by them.
    const roles: Array<string | null> = [];
    for (const run of runs) roles.push(run.candidate ? roleOf(run, tokens, text) : null);
    for (const index of listedWithOrganizations(runs, roles, tokens, text)) roles[index] = "list";
    for (const office of stateOffices(runs, tokens, text, field)) found.push(office);
    for (let index = 0; index < runs.length; index += 1) {
      const rule = roles[index];
      if (rule === null || rule === undefined) continue;
      const run = runs[index] as NameRun;
      const first = tokens[run.first] as Token;
      const name = runText(run, tokens, text);
      found.push(discoveredOrganization(name, discoveryEvidence(`discovered-${rule}`, field, name, first.start, first.start + name.length)));
    }
  }
  if (found.length === 0) return found;
  return foldDiscoveredNames(
    found,
    longRuns.map(({ run, tokens, text }) => runText(run, tokens, text)),
    (discovered, name) => discoveredOrganization(name, discovered.evidence),
  );
}

/** The run as written, without a possessive ending: "Keyline’s" names Keyline. */
function runText(run: NameRun, tokens: Token[], text: string): string {
  const first = tokens[run.first] as Token;
  const last = tokens[run.end - 1] as Token;
  return text.slice(first.start, last.start) + last.text;
}

/** The rule that puts a run in an organisational role, or null. */
function roleOf(run: NameRun, tokens: Token[], text: string): string | null {
  const joinedBefore = (tokens[run.first] as Token).joinedToPrevious;
  const next = tokens[run.end];
  const nextJoined = next !== undefined && next.joinedToPrevious;
  if (nextJoined && AROUND_NAMES.has(next, ORGANIZATION_AFTER_WORD) && hyphenBefore(next, tokens, run, text)) return next.lower;
  const describes = nextJoined && AROUND_NAMES.has(next, DESCRIBING_NOUN);
  const article = skipArticle(tokens, run.first - 1) !== run.first - 1;
  // "buying the MLOps layer": after an article, a name followed by a common noun only qualifies that noun.
  const qualifies = article && nextJoined && /^\p{Ll}/u.test(next.text) && !AROUND_NAMES.has(next, FUNCTION_WORD);
  const before = phraseEndingAt(tokens, skipArticle(tokens, run.first - 1), BEFORE_NAME);
  if (before !== null && joinedBefore && !describes && !qualifies) return before;
  const previous = tokens[run.first - 1];
  if (previous !== undefined && LEXICON.has(previous, ORGANIZATION_NOUN) && joinedBefore) return previous.lower;
  const after = phraseStartingAt(tokens, run.end, AFTER_NAME);
  if (after !== null && (tokens[run.end] as Token).joinedToPrevious) return after;
  if (isAppositive(run, tokens, text)) return "appositive";
  if (isSuffixed(run, tokens)) return "suffix";
  if (isCourt(run, tokens)) return "court";
  if (run.end - run.first >= 2 && isCaseParty(run, tokens, text)) return "case";
  return null;
}

/**
 * "Kentucky attorney general": a place followed by an office that acts as a party in its own name. Known offices
 * (Texas Attorney General) are matched by the taxonomy before this.
 */
function stateOffices(runs: NameRun[], tokens: Token[], text: string, field: TextField): DiscoveredOrganization[] {
  const offices: DiscoveredOrganization[] = [];
  for (const run of runs) {
    if (!run.place || run.known) continue;
    const office = phraseStartingAt(tokens, run.end, OFFICES);
    if (office === null || !(tokens[run.end] as Token).joinedToPrevious) continue;
    const first = tokens[run.first] as Token;
    const last = tokens[run.end + office.split("-").length - 1] as Token;
    const name = text.slice(first.start, last.end);
    offices.push(discoveredOrganization(name, discoveryEvidence("discovered-office", field, name, first.start, last.end)));
  }
  return offices;
}

/** "X, a Toronto startup", "X, the agent company…", "X, founded by…". */
function isAppositive(run: NameRun, tokens: Token[], text: string): boolean {
  const comma = tokens[run.end];
  if (comma === undefined) return false;
  const gapStart = (tokens[run.end - 1] as Token).end;
  // Most names are not followed by a comma: look for one before cutting out the gap.
  const commaAt = text.indexOf(",", gapStart);
  if (commaAt < 0 || commaAt >= comma.start || !/^\s*,\s*$/.test(text.slice(gapStart, comma.start))) return false;
  if (phraseStartingAt(tokens, run.end, APPOSITIVE_OPENERS) !== null) return true;
  if (!AROUND_NAMES.has(comma, ARTICLE)) return false;
  for (let i = run.end + 1; i <= run.end + MAX_APPOSITIVE_WORDS; i += 1) {
    const token = tokens[i];
    if (token === undefined || !token.joinedToPrevious) return false;
    if (LEXICON.has(token, ORGANIZATION_NOUN)) return !isPossessive(token, text);
  }
  return false;
}

/** "Playmate Robotics", "Chai Research": a distinctive word and a word that ends company names. */
function isSuffixed(run: NameRun, tokens: Token[]): boolean {
  if (run.end - run.first < 2) return false;
  const first = tokens[run.first] as Token;
  const last = tokens[run.end - 1] as Token;
  return LEXICON.has(last, ORGANIZATION_SUFFIX) && !LEXICON.has(first, GENERIC_NAME_WORD);
}

/** "Court of Appeal", "Hamburg Regional Court", "Fifth Circuit": courts act as parties in AI cases. */
function isCourt(run: NameRun, tokens: Token[]): boolean {
  if (run.end - run.first < 2) return false;
  for (let i = run.first; i < run.end; i += 1) {
    const word = (tokens[i] as Token).lower;
    if (word === "court" || word === "tribunal") return true;
  }
  return run.end - run.first === 2 && AROUND_NAMES.has(tokens[run.first] as Token, ORDINAL) && (tokens[run.first + 1] as Token).lower === "circuit";
}

/** A party of a case name: "Thomson Reuters v. Ross Intelligence". */
function isCaseParty(run: NameRun, tokens: Token[], text: string): boolean {
  const before = tokens[run.first - 1];
  const after = tokens[run.end];
  const separatorBefore = before !== undefined && AROUND_NAMES.has(before, CASE_SEPARATOR) && (tokens[run.first] as Token).joinedToPrevious;
  const separatorAfter =
    after !== undefined && AROUND_NAMES.has(after, CASE_SEPARATOR) && /^\s+$/.test(text.slice((tokens[run.end - 1] as Token).end, after.start));
  return separatorBefore || separatorAfter;
}

/**
 * Candidate runs in a list ("A, B and C") that also holds a known or discovered organization, as indexes into
 * `runs`; `roles` holds the role found for each run so far, by index. A lone capitalised word opening a sentence
 * is left out: it is more often an ordinary word than a company.
 */
function listedWithOrganizations(runs: NameRun[], roles: ReadonlyArray<string | null>, tokens: Token[], text: string): number[] {
  const listed: number[] = [];
  // The indexes of the runs of the list at hand, consecutive: [listStart, listEnd).
  let listStart = 0;
  let listEnd = 0;
  for (let r = 0; r < runs.length; r += 1) {
    const run = runs[r] as NameRun;
    if (listEnd === listStart) {
      listStart = r;
      listEnd = r + 1;
    }
    const next = runs[r + 1];
    if (next !== undefined && listSeparated(run, next, tokens, text)) {
      listEnd = r + 2;
      continue;
    }
    addListed(runs, roles, listStart, listEnd, tokens, text, listed);
    listStart = listEnd = r + 1;
  }
  return listed;
}

/** Adds to `listed` the candidate runs of the list runs[start, end) when it holds an organization (see above). */
function addListed(
  runs: NameRun[],
  roles: ReadonlyArray<string | null>,
  start: number,
  end: number,
  tokens: Token[],
  text: string,
  listed: number[],
): void {
  if (end - start < 2) return;
  let holdsOrganization = false;
  for (let r = start; r < end; r += 1) if ((runs[r] as NameRun).knownOrganization || roles[r] !== null) holdsOrganization = true;
  if (!holdsOrganization) return;
  for (let r = start; r < end; r += 1) {
    const run = runs[r] as NameRun;
    if (!run.candidate || roles[r] !== null) continue;
    const next = tokens[run.end];
    if (next !== undefined && next.joinedToPrevious && AROUND_NAMES.has(next, DESCRIBING_NOUN)) continue;
    if (run.end - run.first === 1 && opensSentence(tokens, run.first, text)) continue;
    listed.push(r);
  }
}

/** True when only ", ", " and ", ", and ", " or " or " & " (and perhaps "the") lie between two runs. */
function listSeparated(left: NameRun, right: NameRun, tokens: Token[], text: string): boolean {
  // Most runs are several words apart: count the words between before cutting out any text.
  const words: string[] = [];
  for (let i = left.end; i < right.first; i += 1) {
    const word = (tokens[i] as Token).lower;
    if (word === "the") continue;
    if (words.length === 1) return false;
    words.push(word);
  }
  const gap = text.slice((tokens[left.end - 1] as Token).end, (tokens[right.first] as Token).start);
  if (words.length === 0) return /^\s*[,&]\s*$/.test(gap.replace(/\bthe\b/gi, " ").replace(/\s+/g, " "));
  if (words.length === 1 && (words[0] === "and" || words[0] === "or")) {
    return /^,?\s+(and|or)\s+(the\s+)?$/i.test(gap);
  }
  return false;
}

function opensSentence(tokens: Token[], index: number, text: string): boolean {
  if (index === 0) return true;
  const gap = text.slice((tokens[index - 1] as Token).end, (tokens[index] as Token).start);
  return /[.:;!?]/.test(gap);
}

function hyphenBefore(next: Token, tokens: Token[], run: NameRun, text: string): boolean {
  if (!HYPHENATED_AFTER.has(next.lower)) return true;
  return /^[-‐‑]$/u.test(text.slice((tokens[run.end - 1] as Token).end, next.start));
}

function isPossessive(token: Token, text: string): boolean {
  return /['’]s$/i.test(text.slice(token.start, token.end));
}

function skipArticle(tokens: Token[], index: number): number {
  const token = tokens[index];
  return token !== undefined && token.lower === "the" ? index - 1 : index;
}
