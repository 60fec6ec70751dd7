// Memo slots are handed out in turn. A process rarely holds more than a few matchers at once; when more share a
// slot (tests build many extractors), they overwrite each other's values, which costs time, not correctness.
const MEMO_SLOTS = 8;
let nextSlot = 0;

/**
 * A distinct lower-case word, shared by its tokens, with what matchers worked out for it. Every word of every
 * item is looked up by several matchers (organizations, themes and risks); memoising per word object rather than
 * in each matcher's own map saves a hash lookup per word and matcher, and equal words compare as one string.
 */
export class Word {
  /**
   * Slots of WordMemo, two entries each: the memo that filled the slot, then its value. One array of fixed length
   * rather than one for owners and one for values: a look-up reads one array, whose entries sit side by side.
   */
  readonly memo: unknown[] = new Array<unknown>(2 * MEMO_SLOTS).fill(undefined);

  constructor(readonly lower: string) {}
}

/** What one matcher works out for a word (its candidate terms), computed once per distinct word. */
export class WordMemo<T> {
  /** Where this memo's owner entry is in Word.memo; its value follows. */
  private readonly ownerIndex = 2 * (nextSlot++ % MEMO_SLOTS);

  constructor(private readonly compute: (lower: string) => T) {}

  of(word: Word): T {
    const memo = word.memo;
    if (memo[this.ownerIndex] === this) return memo[this.ownerIndex + 1] as T;
    const value = this.compute(word.lower);
    memo[this.ownerIndex] = this;
    memo[this.ownerIndex + 1] = value;
    return value;
  }
}

/** The shared Word of a lower-case word. */
export function wordOf(lower: string): Word {
  const length = lower.length;
  const codes = new Uint16Array(length);
  for (let i = 0; i < length; i += 1) codes[i] = lower.charCodeAt(i);
  return WORDS.find(codes, 0, length, false) ?? WORDS.add(lower, codes, 0, length);
}

/**
 * The shared Word of the ASCII word text[start, end), lower-cased, where `codes` are the code units of `text`:
 * found without cutting the word out of the text when it was met before, as most words were.
 */
export function wordOfAscii(text: string, codes: Uint16Array, start: number, end: number): Word {
  return wordOfHashedAscii(text, codes, start, end, hashOf(codes, start, end, true));
}

/**
 * wordOfAscii, given the word's hash (WORD_HASH_SEED, then wordHashStep over its lower-case code units): the
 * tokenizer works it out while it scans the word, which saves a pass over it.
 */
export function wordOfHashedAscii(text: string, codes: Uint16Array, start: number, end: number, hash: number): Word {
  return WORDS.findHashed(codes, start, end, true, hash) ?? WORDS.add(text.slice(start, end).toLowerCase(), codes, start, end);
}

/** FNV-1a: the hash of a word starts at WORD_HASH_SEED and takes in each lower-case code unit with wordHashStep. */
export const WORD_HASH_SEED = 0x811c9dc5 | 0;

export function wordHashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/**
 * The distinct words met, as an open-addressing hash table over their code units, kept in typed arrays: the
 * tokenizer looks words up while scanning a text's code units, and reading a typed array is several times
 * cheaper than charCodeAt. Cleared rather than allowed to grow without bound; a Word stays valid after a clear.
 */
class WordTable {
  private static readonly MAX_WORDS = 100_000;
  private static readonly INITIAL_SLOTS = 1 << 12;

  private words: Word[] = [];
  /** The lower-case code units of every word, end to end, and where each word starts in them. */
  private units = new Uint16Array(1 << 14);
  private unitsUsed = 0;
  private starts: number[] = [];
  /** Open addressing: slot -> 1 + index into `words` (0 is empty), and the word's hash. */
  private slots = new Int32Array(WordTable.INITIAL_SLOTS);
  private hashes = new Int32Array(WordTable.INITIAL_SLOTS);

  /** The Word of codes[start, end) (lower-cased first when `foldAscii`), or undefined when new. */
  find(codes: Uint16Array, start: number, end: number, foldAscii: boolean): Word | undefined {
    return this.findHashed(codes, start, end, foldAscii, hashOf(codes, start, end, foldAscii));
  }

  /** find, given hashOf(codes, start, end, foldAscii). */
  findHashed(codes: Uint16Array, start: number, end: number, foldAscii: boolean, hash: number): Word | undefined {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] as number;
      if (entry === 0) return undefined;
      if (this.hashes[slot] === hash && this.sameUnits(entry - 1, codes, start, end, foldAscii)) return this.words[entry - 1];
    }
  }

  /** Adds `lower`, whose code units are codes[start, end) (perhaps still to be lower-cased). */
  add(lower: string, codes: Uint16Array, start: number, end: number): Word {
    if (this.words.length >= WordTable.MAX_WORDS) this.clear();
    const word = new Word(lower);
    const length = end - start;
    if (this.unitsUsed + length > this.units.length) {
      const units = new Uint16Array(2 * (this.unitsUsed + length));
      units.set(this.units.subarray(0, this.unitsUsed));
      this.units = units;
    }
    for (let i = 0; i < length; i += 1) this.units[this.unitsUsed + i] = lower.charCodeAt(i);
    this.starts.push(this.unitsUsed);
    this.unitsUsed += length;
    this.words.push(word);
    if (2 * this.words.length > this.slots.length) this.rehash(2 * this.slots.length);
    else this.place(this.words.length - 1);
    return word;
  }

  private sameUnits(index: number, codes: Uint16Array, start: number, end: number, foldAscii: boolean): boolean {
    const wordStart = this.starts[index] as number;
    const wordEnd = (this.starts[index + 1] ?? this.unitsUsed) as number;
    if (wordEnd - wordStart !== end - start) return false;
    for (let k = 0; k < end - start; k += 1) {
      const code = codes[start + k] as number;
      if ((foldAscii ? foldedAscii(code) : code) !== this.units[wordStart + k]) return false;
    }
    return true;
  }

  private place(index: number): void {
    const start = this.starts[index] as number;
    const end = (this.starts[index + 1] ?? this.unitsUsed) as number;
    const hash = hashOf(this.units, start, end, false);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = index + 1;
    this.hashes[slot] = hash;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    for (let index = 0; index < this.words.length; index += 1) this.place(index);
  }

  private clear(): void {
    this.words = [];
    this.starts = [];
    this.unitsUsed = 0;
    this.rehash(WordTable.INITIAL_SLOTS);
  }
}

const WORDS = new WordTable();

/** FNV-1a over code units, A-Z folded to a-z when `foldAscii`. */
function hashOf(codes: Uint16Array, start: number, end: number, foldAscii: boolean): number {
  let hash = WORD_HASH_SEED;
  for (let i = start; i < end; i += 1) {
    const code = codes[i] as number;
    hash = wordHashStep(hash, foldAscii ? foldedAscii(code) : code);
  }
  return hash;
}

function foldedAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}
