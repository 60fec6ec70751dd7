import type { Token } from "./tokenize.js";
import type { KnownMention } from "./OrganizationFinder.js";
import {
  FIRST_NAME,
  INSTITUTION_NOUN,
  LEXICON,
  NOT_A_NAME_WORD,
  ORGANIZATION_SUFFIX,
  PERSON_SURNAME,
  PERSON_TITLE,
  PLACE,
} from "./nameLexicon.js";

/** A maximal sequence of capitalised words that could be a name, as token indexes [first, end). */
export interface NameRun {
  first: number;
  end: number;
  /** The run covers a name the taxonomy knows (wholly or in part). */
  known: boolean;
  /** The run covers a known organization's name or alias, not only one of its products. */
  knownOrganization: boolean;
  /** The run could be a new organization: not known, not a person, not a place. */
  candidate: boolean;
  /** The run names a place ("Kentucky", "Hong Kong"). */
  place: boolean;
}

const MAX_NAME_WORDS = 4;
const INNER_ADJECTIVES = new Set(
  "regional national federal international global central local public private general north south east west".split(" "),
);
const CONNECTORS = new Set(["of", "for"]);

/**
 * Splits a text into runs of capitalised words ("Chai Research", "Court of Appeal", "Warner Bros"), and tells
 * which of them are known names, people ("Bret Taylor", "Judge Rita Lin") or places ("Hong Kong").
 */
export function nameRuns(tokens: Token[], text: string, known: readonly KnownMention[]): NameRun[] {
  const runs: NameRun[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!startsName(tokens[i] as Token)) {
      i += 1;
      continue;
    }
    let end = i + 1;
    let words = 1;
    while (words < MAX_NAME_WORDS) {
      const next = tokens[end];
      if (next === undefined) break;
      // "Weights & Biases": an ampersand between two capitalised words.
      if (isAmpersandGap(text, (tokens[end - 1] as Token).end, next.start) && startsName(next)) {
        end += 1;
        words += 1;
        continue;
      }
      if (!next.joinedToPrevious) break;
      if (continuesName(next)) {
        end += 1;
        words += 1;
        continue;
      }
      // "Court of Appeal", "Ministry of Commerce": "of" or "for" after an institution's noun.
      const after = tokens[end + 1];
      if (
        CONNECTORS.has(next.lower) &&
        LEXICON.has(tokens[end - 1] as Token, INSTITUTION_NOUN) &&
        after !== undefined &&
        after.joinedToPrevious &&
        startsName(after)
      ) {
        end += 2;
        words += 1;
        continue;
      }
      break;
    }
    const start = (tokens[i] as Token).start;
    const stop = (tokens[end - 1] as Token).end;
    let isKnown = false;
    let knownOrganization = false;
    for (const m of known) {
      if (m.start < stop && start < m.end) {
        isKnown = true;
        if (m.role !== "product") knownOrganization = true;
      }
    }
    const place = isPlace(tokens, i, end);
    const candidate = !isKnown && !place && !isPerson(tokens, i, end) && hasLetters(text, start, stop);
    runs.push({ first: i, end, known: isKnown, knownOrganization, candidate, place });
    i = end;
  }
  return runs;
}

/** A word that can open a name: capitalised ("Zenity"), camel-cased ("eSafety", "1Password"), not a common opener. */
function startsName(token: Token): boolean {
  // A capitalised word differs from its lower case, so one comparison tests both; it is cheap, as a word written
  // in lower case shares its string with `lower` (see tokenize), and most words are.
  return token.text !== token.lower && !LEXICON.has(token, NOT_A_NAME_WORD);
}

/** True when the word opens with a capital letter (an upper-case letter differs from its lower case). */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/**
 * A word that can go on with a name: as above, a capitalised company-name ending such as "AI", "ML" or "Labs", or
 * a capitalised adjective that rarely opens a name but often sits inside one ("Hamburg Regional Court").
 */
function continuesName(token: Token): boolean {
  if (startsName(token)) return true;
  if (isCapitalised(token.text) && INNER_ADJECTIVES.has(token.lower)) return true;
  return isCapitalised(token.text) && (token.lower === "ai" || token.lower === "ml" || LEXICON.has(token, ORGANIZATION_SUFFIX));
}

/** True when text[from, to) is one "&" with only white space around it, as /^\s*&\s*$/ tests. */
function isAmpersandGap(text: string, from: number, to: number): boolean {
  let ampersands = 0;
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 38) ampersands += 1;
    else if (!(code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(text.charAt(i))))) return false;
  }
  return ampersands === 1;
}

function isPerson(tokens: Token[], first: number, end: number): boolean {
  const previous = tokens[first - 1];
  if (previous !== undefined && LEXICON.has(previous, PERSON_TITLE)) return true;
  if (end - first < 2) return LEXICON.has(tokens[first] as Token, PERSON_SURNAME);
  const last = tokens[end - 1] as Token;
  return LEXICON.has(tokens[first] as Token, FIRST_NAME) && !LEXICON.has(last, ORGANIZATION_SUFFIX) && last.lower !== "ai";
}

function isPlace(tokens: Token[], first: number, end: number): boolean {
  for (let i = first; i < end; i += 1) if (!LEXICON.has(tokens[i] as Token, PLACE)) return false;
  return true;
}

/** True when text[start, stop) holds a letter; names nearly always open with an ASCII one, found without a slice. */
function hasLetters(text: string, start: number, stop: number): boolean {
  for (let i = start; i < stop; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 128) return /\p{L}/u.test(text.slice(i, stop));
    if ((code | 32) >= 97 && (code | 32) <= 122) return true;
  }
  return false;
}
