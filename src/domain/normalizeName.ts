/**
 * The form names are compared in: lower case, accents and punctuation folded, single spaces.
 * "Department of Defense", "department-of-defense" and " DEPARTMENT OF DEFENSE " are equal.
 */
export function normalizeName(name: string): string {
  // Extraction normalises the same taxonomy and discovered names for item after item.
  let normalized = NORMALIZED.get(name);
  if (normalized === undefined) {
    normalized = isAscii(name) ? normalizeAsciiName(name.toLowerCase()) : normalizeAnyName(name);
    if (NORMALIZED.size >= MAX_MEMOISED_NAMES) NORMALIZED.clear();
    NORMALIZED.set(name, normalized);
  }
  return normalized;
}

const NORMALIZED = new Map<string, string>();
const MAX_MEMOISED_NAMES = 10_000;

function normalizeAnyName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A URL- and id-safe slug of a name: "SiftD.ai" -> "siftd-ai". */
export function slugify(name: string): string {
  return normalizeName(name).replace(/ /g, "-");
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * normalizeName for lower-cased ASCII text, where NFKD and accent folding change nothing, in one pass instead of
 * five regular expressions (names are normalised for every item): a "'s" or "`s" before a word boundary is
 * dropped, every run of other characters than letters and digits becomes one space, and the ends are trimmed.
 */
function normalizeAsciiName(lower: string): string {
  let out = "";
  let runStart = -1;
  let gap = false;
  for (let i = 0; i <= lower.length; i += 1) {
    const code = i < lower.length ? lower.charCodeAt(i) : -1;
    if (isAsciiAlnum(code)) {
      if (runStart < 0) {
        if (gap && out !== "") out += " ";
        gap = false;
        runStart = i;
      }
      continue;
    }
    if (runStart >= 0) {
      out += lower.slice(runStart, i);
      runStart = -1;
    }
    if (code === -1) break;
    // /'s\b/: the apostrophe and "s" vanish, so the characters either side of them meet.
    if ((code === 39 || code === 96) && lower.charCodeAt(i + 1) === 115 && !isAsciiWordChar(lower.charCodeAt(i + 2))) {
      i += 1;
      continue;
    }
    gap = true;
  }
  return out;
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** A character of the regular-expression class \w (NaN past the end is not). */
function isAsciiWordChar(code: number): boolean {
  return isAsciiAlnum(code) || (code >= 65 && code <= 90) || code === 95;
}
