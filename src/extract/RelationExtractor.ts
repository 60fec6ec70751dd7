import type { Evidence } from "../domain/Evidence.js";
import type { RelationType } from "../domain/Relation.js";
import type { OrganizationKind } from "../domain/Taxonomy.js";
import type { FieldText, TextField } from "./ItemText.js";
import { sortShortList } from "./sortShortList.js";

/** Where an organization is named in an item: its key (taxonomy slug or discovered key) and the span. */
export interface OrganizationSpan {
  key: string;
  field: TextField;
  start: number;
  end: number;
}

/** A relation stated by one sentence, between organizations by key. */
export interface FoundRelation {
  sourceKey: string;
  targetKey: string;
  type: RelationType;
  evidence: Evidence;
}

interface RelationRule {
  type: RelationType;
  /** Matches the whole text between two consecutive organization names, lower-cased. */
  gap: RegExp;
  /** "active": the first name is the source ("X acquires Y"); "passive": the second is ("X acquired by Y"). */
  voice: "active" | "passive";
  /** Only organizations of these kinds can be the source (a regulator regulates; a company fining is noise). */
  sourceKinds?: ReadonlySet<OrganizationKind>;
}

// "Databricks’ acquisition of", "OpenAI's deal with": a possessive left behind by the name's span.
const POSSESSIVE = String.raw`(?:['’]s?\s*)?`;
// Auxiliaries and hedges between the subject and the verb: "has agreed to acquire", "is set to buy".
const FILLER = String.raw`(?:(?:has|have|had|is|are|was|were|will|would|to|now|also|reportedly|officially|formally|finally|said to|says it will|plans to|agreed to|agrees to|moves to|set to|seeks to|in talks to|in a deal to|could|may)\s+)*`;
// What may stand between the verb and the object's name: "acquires AI security startup Antimatter", "sues the".
const NOT_FUNCTION_WORD = String.raw`(?!(?:and|or|of|with|to|from|in|on|for|by|after|before|while|but|over|as|at|into)\b)`;
const DESCRIPTOR = String.raw`(?:\s+(?:the|a|an|its|their|fellow))?(?:\s+(?:${NOT_FUNCTION_WORD}[\p{L}\p{N}.&-]+\s+){0,3}(?:startups?|start-ups?|company|companies|firms?|labs?|makers?|chipmakers?|providers?|developers?|rivals?|vendors?|giants?|platforms?|units?))?`;

function active(type: RelationType, verbs: string, sourceKinds?: OrganizationKind[]): RelationRule {
  const gap = new RegExp(`^${POSSESSIVE}${FILLER}(?:${verbs})${DESCRIPTOR}$`, "u");
  return sourceKinds === undefined ? { type, gap, voice: "active" } : { type, gap, voice: "active", sourceKinds: new Set(sourceKinds) };
}

function passive(type: RelationType, verbs: string): RelationRule {
  return { type, gap: new RegExp(`^,?\\s*${FILLER}(?:${verbs})(?:\\s+the)?$`, "u"), voice: "passive" };
}

function exact(type: RelationType, gap: string): RelationRule {
  return { type, gap: new RegExp(`^(?:${gap})$`, "u"), voice: "active" };
}

const AUTHORITIES: OrganizationKind[] = ["regulator", "government", "legislature"];

/** The phrasings each relation type is recognised by, between two organization names of one sentence. */
const RULES: readonly RelationRule[] = [
  active(
    "ACQUIRED",
    String.raw`acquires|acquired|acquiring|acquire|buys|bought|buying|buy|purchases|purchased|takes over|took over|snaps up|snapped up|completes (?:its |the )?acquisition of|completed (?:its |the )?acquisition of|acquisition of|takeover of|purchase of`,
  ),
  passive("ACQUIRED", String.raw`acquired by|bought by|sold to|purchased by|taken over by`),
  active(
    "PARTNERS_WITH",
    String.raw`partners with|partnered with|partnering with|partner with|teams up with|teamed up with|collaborates with|collaborating with|allies with|(?:signs|signed|inks|inked|strikes|struck|announces|announced) (?:a |an )?(?:[\p{L}-]+ )?(?:deal|partnership|agreement|pact|alliance) with|partnership with|alliance with`,
  ),
  active(
    "INVESTS_IN",
    String.raw`invests in|invested in|investing in|invest in|backs|backed|leads (?:a |the )?(?:[\p{L}$.\d-]+ )?(?:funding )?round (?:in|for)|led (?:a |the )?(?:[\p{L}$.\d-]+ )?(?:funding )?round (?:in|for)|takes (?:a )?stake in|took (?:a )?stake in|stake in|investment in|funds|funded`,
  ),
  { type: "INVESTS_IN", gap: /^-(?:backed|funded)$/u, voice: "active" },
  passive("INVESTS_IN", String.raw`backed by|funded by|(?:gets|got|receives|received|wins|secures|secured|raises|raised) (?:an )?(?:investment|funding|backing) from`),
  active(
    "SUPPLIES",
    String.raw`supplies|supplied|supplying|supply|will supply|to supply|provides (?:chips|gpus|compute|models|cloud capacity) (?:to|for)|ships (?:chips|gpus) to|sells (?:chips|gpus|compute) to|(?:is|becomes) (?:a )?(?:supplier|provider) (?:to|for)`,
  ),
  passive("SUPPLIES", String.raw`supplied by|sources (?:chips|gpus|compute) from|buys (?:chips|gpus|compute) from`),
  active(
    "REGULATES",
    String.raw`regulates|fines|fined|probes|probed|investigates|investigated|(?:opens|opened|launches|launched) (?:a |an )?(?:formal )?(?:probe|investigation|inquiry) into|sanctions|sanctioned|bans|banned|orders|ordered|designates|designated|blocks|blocked|approves|approved`,
    AUTHORITIES,
  ),
  active(
    "SUES",
    String.raw`sues|sued|suing|sue|(?:files|filed) (?:a )?(?:lawsuit|suit|complaint) against|lawsuit against|suit against|takes legal action against|took legal action against`,
  ),
  passive("SUES", String.raw`sued by|faces (?:a )?(?:lawsuit|suit) (?:from|by)`),
  exact("SUES", String.raw`v\.?`),
  active(
    "DISPUTES",
    String.raw`clashes with|clashed with|feuds with|feuding with|spars with|sparred with|(?:is |are )?in (?:a )?dispute with|dispute with|disputes with|spat with|standoff with|fight with|fights|fighting|battles|battling`,
  ),
  exact("DISPUTES", String.raw`vs\.?|versus`),
  active(
    "COMPETES_WITH",
    String.raw`competes with|competing with|compete with|rivals|to rival|takes on|challenges|races|racing|(?:a )?(?:rival|competitor|challenger) to`,
  ),
];

/** How many gaps the rule memo holds before it starts again: far more than the distinct gaps of a day's items. */
const MAX_REMEMBERED_GAPS = 10_000;

/**
 * The rules whose pattern matches the text between two names, in RULES order, by that text as written. The same
 * few gaps ("and", "partners with", "acquires") come back item after item, and a look-up is far cheaper than
 * testing the rules' patterns (large Unicode expressions; even compiled into one, a test cost microseconds).
 */
const RULES_OF_GAP = new Map<string, readonly RelationRule[]>();

function rulesMatching(rawGap: string): readonly RelationRule[] {
  let rules = RULES_OF_GAP.get(rawGap);
  if (rules === undefined) {
    const gap = rawGap.toLowerCase().replace(/\s+/gu, " ").trim();
    rules = RULES.filter((rule) => rule.gap.test(gap));
    if (RULES_OF_GAP.size >= MAX_REMEMBERED_GAPS) RULES_OF_GAP.clear();
    RULES_OF_GAP.set(rawGap, rules);
  }
  return rules;
}

// What joins further objects to the first: "acquires Antimatter and SiftD.ai", "partners with A, B and C".
const LIST_JOINER = /^\s*(?:,\s*(?:and\s+|&\s+)?|and\s+|&\s+|as well as\s+)(?:the\s+)?$/u;

// A name used to describe the name after it: "buys Weights & Biases rival Comet ML" buys Comet ML, a rival.
const RIVAL_OF = /^(?:['’]s?\s+)?(?:rival|competitor|challenger)$/u;

// Sentence ends: ., ! or ? before white space (not after a case's "v." or a company's "Inc."), ';' and line breaks.
const ABBREVIATIONS = /(?:^|[\s(])(?:v|vs|inc|corp|co|ltd|jr|sr|dr|mr|ms|st|no|u\.s|u\.k|e\.g|i\.e)$/iu;

const SEMICOLON = 0x3b;
const NEWLINE = 0x0a;
const PERIOD = 0x2e;
const EXCLAMATION = 0x21;
const QUESTION = 0x3f;

// The characters that may end a sentence. A regular expression finds them at native speed: a JavaScript loop over
// every character of every field was some 40% of the time relation extraction took.
const SENTENCE_MARK = /[;\n.!?]/g;

/** The sentences of a text as [start, end) offsets. */
export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  SENTENCE_MARK.lastIndex = 0;
  for (let mark = SENTENCE_MARK.exec(text); mark !== null; mark = SENTENCE_MARK.exec(text)) {
    const i = mark.index;
    const code = text.charCodeAt(i);
    let end = -1;
    if (code === SEMICOLON || code === NEWLINE) end = i;
    else if ((code === PERIOD || code === EXCLAMATION || code === QUESTION) && (i + 1 === text.length || /\s/u.test(text.charAt(i + 1)))) {
      if (code !== PERIOD || !ABBREVIATIONS.test(text.slice(Math.max(start, i - 6), i))) end = i + 1;
    }
    if (end >= 0) {
      spans.push([start, end]);
      start = i + 1;
    }
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

/**
 * Finds typed relations between organizations where a sentence says so: an organization's name, a verb phrase
 * of a rule, and one or more organization names ("Databricks acquires Antimatter and SiftD.ai"), or the passive
 * ("Antimatter, acquired by Databricks"). Only consecutive names of one sentence are related, so a name further
 * off is never pulled in; a relation found twice in an item is kept once, with its first sentence.
 */
export class RelationExtractor {
  constructor(private readonly kindOf: (key: string) => OrganizationKind | undefined) {}

  extract(texts: readonly FieldText[], spans: readonly OrganizationSpan[]): FoundRelation[] {
    // An item naming fewer than two organizations states no relation (and needs no map).
    if (spans.length < 2) return [];
    const found = new Map<string, FoundRelation>();
    for (const { field, text } of texts) {
      const inField: OrganizationSpan[] = [];
      for (const span of spans) if (span.field === field) inField.push(span);
      // A relation needs two names in one sentence; most fields have fewer, and need no sentence split.
      if (inField.length < 2) continue;
      const names = withoutOverlaps(inField);
      if (names.length < 2) continue;
      // The names are in text order and apart, so those inside a sentence follow one another: [first, end).
      let first = 0;
      for (const [sentenceStart, sentenceEnd] of sentenceSpans(text)) {
        while (first < names.length && (names[first] as OrganizationSpan).start < sentenceStart) first += 1;
        let end = first;
        while (end < names.length && (names[end] as OrganizationSpan).end <= sentenceEnd) end += 1;
        if (end - first < 2) continue;
        for (const relation of this.relationsOf(text, names.slice(first, end), [sentenceStart, sentenceEnd], field)) {
          const key = `${relation.type}:${relation.sourceKey}:${relation.targetKey}`;
          if (!found.has(key)) found.set(key, relation);
        }
      }
    }
    return [...found.values()];
  }

  private relationsOf(text: string, names: OrganizationSpan[], sentence: [number, number], field: TextField): FoundRelation[] {
    const relations: FoundRelation[] = [];
    for (let i = 0; i + 1 < names.length; i += 1) {
      const left = names[i] as OrganizationSpan;
      const right = names[i + 1] as OrganizationSpan;
      const matching = rulesMatching(text.slice(left.end, right.start));
      if (matching.length === 0) continue;
      const rule = matching.find((r) => this.allowed(r, r.voice === "active" ? left : right));
      if (rule === undefined) continue;
      const evidence = sentenceEvidence(text, sentence, field, `relation-${rule.type.toLowerCase().replace(/_/g, "-")}-${rule.voice}`);
      const add = (source: OrganizationSpan, target: OrganizationSpan, type = rule.type) => {
        if (source.key !== target.key) relations.push({ sourceKey: source.key, targetKey: target.key, type, evidence });
      };
      if (rule.voice === "passive") {
        add(right, left);
        continue;
      }
      const described = names[i + 2];
      if (described !== undefined && RIVAL_OF.test(text.slice(right.end, described.start).trim().toLowerCase())) {
        add(left, described);
        add(described, right, "COMPETES_WITH");
        i += 1;
        continue;
      }
      add(left, right);
      for (let j = i + 2; j < names.length; j += 1) {
        const previous = names[j - 1] as OrganizationSpan;
        const next = names[j] as OrganizationSpan;
        if (!LIST_JOINER.test(text.slice(previous.end, next.start).toLowerCase())) break;
        add(left, next);
      }
    }
    return relations;
  }

  private allowed(rule: RelationRule, source: OrganizationSpan): boolean {
    if (rule.sourceKinds === undefined) return true;
    const kind = this.kindOf(source.key);
    return kind !== undefined && rule.sourceKinds.has(kind);
  }
}

/** Names in text order; where two overlap, the one starting first (then the longer) is kept. Sorts `spans`. */
function withoutOverlaps(spans: OrganizationSpan[]): OrganizationSpan[] {
  const sorted = sortShortList(spans, (a, b) => a.start - b.start || b.end - a.end);
  const kept: OrganizationSpan[] = [];
  for (const span of sorted) {
    const last = kept[kept.length - 1];
    if (last !== undefined && span.start < last.end) continue;
    kept.push(span);
  }
  return kept;
}

function sentenceEvidence(text: string, [start, end]: [number, number], field: TextField, rule: string): Evidence {
  const raw = text.slice(start, end);
  const leading = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  return { rule, field, text: trimmed, start: start + leading, end: start + leading + trimmed.length };
}
