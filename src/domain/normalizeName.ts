/**
 * The form names are compared in: lower case, accents and punctuation folded, single spaces.
 * "Department of Defense", "department-of-defense" and " DEPARTMENT OF DEFENSE " are equal.
 */
export function normalizeName(name: string): string {
  // Long texts rarely repeat: memoising them would only push the names out.
  if (name.length > MAX_MEMOISED_LENGTH) return normalizeOnce(name);
  // Extraction normalises the same taxonomy and discovered names for item after item.
  let normalized = NORMALIZED.get(name);
  if (normalized === undefined) {
    normalized = normalizeOnce(name);
    if (NORMALIZED.size >= MAX_MEMOISED_NAMES) NORMALIZED.clear();
    NORMALIZED.set(name, normalized);
  }
  return normalized;
}

const NORMALIZED = new Map<string, string>();
const MAX_MEMOISED_NAMES = 10_000;
const MAX_MEMOISED_LENGTH = 60;

/**
 * normalizeName without the memo, for texts met once (an item's title, normalised for its id): memoising them
 * would only push the names out.
 */
export function normalizeOnce(name: string): string {
  return normalizePlainName(name) ?? normalizeAnyName(name);
}

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

/**
 * Typographic quotes, dashes and the ellipsis: common in titles, and neither letters nor digits before or after
 * NFKD ("…" decomposes to "...").
 */
const PLAIN_PUNCTUATION = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014, 0x2026]);

/**
 * The code units of the name at hand, then two 0s (read as "past the end"), in a buffer reused from name to name:
 * Buffer.write copies a whole string in one native call, and reading a typed array is several times cheaper than
 * charCodeAt on the sliced strings a parsed file's lines are.
 */
let units = new Uint16Array(256);
let unitBytes = Buffer.from(units.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** The bytes normalizePlainName writes its output to, reused from name to name. */
let plainOutput = Buffer.allocUnsafe(256);

function codeUnitsOf(text: string): Uint16Array {
  const length = text.length;
  if (length + 2 > units.length) {
    units = new Uint16Array(2 * (length + 2));
    unitBytes = Buffer.from(units.buffer);
    plainOutput = Buffer.allocUnsafe(units.length);
  }
  if (LITTLE_ENDIAN) unitBytes.write(text, 0, "utf16le");
  else for (let i = 0; i < length; i += 1) units[i] = text.charCodeAt(i);
  units[length] = 0;
  units[length + 1] = 0;
  return units;
}

/**
 * normalizeName for plain text: ASCII, perhaps with PLAIN_PUNCTUATION, where NFKD and accent folding change
 * nothing and lower case only folds A-Z (the typographic punctuation has no case); null for any other text, which
 * normalizeAnyName handles. One pass instead of toLowerCase and five regular expressions (names and item titles
 * are normalised for every item; toLowerCase of a text with a typographic quote goes through ICU): a "'s", "’s",
 * "‘s" or "`s" (either case) before a word boundary is dropped, every run of other characters than letters and
 * digits becomes one space, and the ends are trimmed.
 */
function normalizePlainName(name: string): string | null {
  const codes = codeUnitsOf(name);
  const length = name.length;
  // The output is ASCII letters, digits and spaces: written to a byte buffer and read back as one string, rather
  // than pieced together from a slice per word.
  let out = 0;
  let gap = false;
  for (let i = 0; i < length; i += 1) {
    const code = lowerCaseAscii(codes[i] as number);
    if (isAsciiAlnum(code)) {
      if (gap && out > 0) plainOutput[out++] = 32;
      gap = false;
      plainOutput[out++] = code;
      continue;
    }
    if (code > 0x7f && !PLAIN_PUNCTUATION.has(code)) return null;
    // /'s\b/: the apostrophe and "s" vanish, so the characters either side of them meet.
    if (isApostrophe(code) && lowerCaseAscii(codes[i + 1] as number) === 115 && !isAsciiWordChar(codes[i + 2] as number)) {
      i += 1;
      continue;
    }
    gap = true;
  }
  return plainOutput.toString("latin1", 0, out);
}

/** A-Z folded to a-z; any other code as it is. */
function lowerCaseAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 96 || code === 0x2019 || code === 0x2018;
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** A character of the regular-expression class \w (the 0 past the end is not). */
function isAsciiWordChar(code: number): boolean {
  return isAsciiAlnum(code) || (code >= 65 && code <= 90) || code === 95;
}
