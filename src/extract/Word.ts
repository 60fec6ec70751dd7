/**
 * A distinct lower-case word, shared by the tokens of all texts that spell it alike. Its `id` is a number no other
 * word of the process takes, even after the word table is cleared: matchers keep what they work out for each word
 * in arrays indexed by it (see WordIdMemo).
 */
export class Word {
  constructor(
    readonly lower: string,
    readonly id: number,
  ) {}
}

/**
 * What one matcher works out for each distinct word (its candidate terms), computed once per word and kept in an
 * array indexed by the word's id. Every word of every item is looked up by several matchers: an array entry
 * found from the id a token carries is a single read from a dense table, where a memo hung on the word object (or
 * a map by its string) would first have to reach that object, wherever it lies in memory.
 */
export class WordIdMemo<T> {
  private static readonly INITIAL_LENGTH = 1024;
  /** Values by word id minus `firstId`; `undefined` until worked out. */
  private values: Array<T | undefined> = new Array<T | undefined>(WordIdMemo.INITIAL_LENGTH).fill(undefined);
  /** The id of the first word of the word table's generation that `values` are for. */
  private firstId = 0;

  constructor(private readonly compute: (lower: string) => T) {}

  /** The value for the word with id `id`, whose lower case is `lower`. */
  of(id: number, lower: string): T {
    let index = id - this.firstId;
    if (index >= this.values.length) index = this.makeRoom(id);
    // A word from before the table was last cleared: rare, worked out again rather than kept.
    if (index < 0) return this.compute(lower);
    let value = this.values[index];
    if (value === undefined) {
      value = this.compute(lower);
      this.values[index] = value;
    }
    return value;
  }

  /** Grows `values` to hold `id`, starting afresh when the word table was cleared; returns the id's index. */
  private makeRoom(id: number): number {
    const firstId = WORDS.firstId;
    if (firstId > this.firstId) {
      this.firstId = firstId;
      this.values = new Array<T | undefined>(WordIdMemo.INITIAL_LENGTH).fill(undefined);
    }
    const index = id - this.firstId;
    let length = this.values.length;
    while (index >= length) length *= 2;
    if (length > this.values.length) {
      const values = new Array<T | undefined>(length).fill(undefined);
      for (let i = 0; i < this.values.length; i += 1) values[i] = this.values[i];
      this.values = values;
    }
    return index;
  }
}

/** The id of the shared Word of a lower-case word (see wordWithId). */
export function wordIdOf(lower: string): number {
  const length = lower.length;
  const codes = new Uint16Array(length);
  for (let i = 0; i < length; i += 1) codes[i] = lower.charCodeAt(i);
  const found = WORDS.find(codes, 0, length, false);
  return found >= 0 ? found : WORDS.add(lower, codes, 0, length);
}

/**
 * The id of the shared Word of the ASCII word text[start, end), lower-cased, where `codes` are the code units of
 * `text`: found without cutting the word out of the text when it was met before, as most words were.
 */
export function wordIdOfAscii(text: string, codes: Uint16Array, start: number, end: number): number {
  return wordIdOfHashedAscii(text, codes, start, end, hashOf(codes, start, end, true));
}

/**
 * wordIdOfAscii, given the word's hash (WORD_HASH_SEED, then wordHashStep over its lower-case code units): the
 * tokenizer works it out while it scans the word, which saves a pass over it.
 */
export function wordIdOfHashedAscii(text: string, codes: Uint16Array, start: number, end: number, hash: number): number {
  const found = WORDS.findHashed(codes, start, end, true, hash);
  return found >= 0 ? found : WORDS.add(text.slice(start, end).toLowerCase(), codes, start, end);
}

/** The Word of an id just handed out by wordIdOf…: valid until the next word is added. */
export function wordWithId(id: number): Word {
  return WORDS.word(id);
}

/** The lower case of the Word of an id just handed out, read without reaching the Word object itself. */
export function lowerOfWordId(id: number): string {
  return WORDS.lower(id);
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
  /** Int32 entries per slot of `table`: see there. */
  private static readonly SLOT = 4;
  /** log2(SLOT). */
  private static readonly SLOT_BITS = 2;

  /** Each word and its lower case, side by side (word at 2 * index, lower case after it): one read finds both. */
  private entries: Array<Word | string> = [];
  private count = 0;
  /** The id of the first word: ids go on from table to table, so that no two words ever share one. */
  firstId = 0;
  /** The lower-case code units of every word, end to end. */
  private units = new Uint16Array(1 << 14);
  private unitsUsed = 0;
  /**
   * Open addressing, SLOT entries per slot: 1 + the word's index (0 for an empty slot), its hash, and where its
   * code units start in `units` and how many there are. Side by side, so that a look-up reads one place of memory
   * for all four: the table is large, and most look-ups would otherwise wait on several reads from it.
   */
  private table = new Int32Array(WordTable.SLOT * WordTable.INITIAL_SLOTS);

  /** The id of the word codes[start, end) (lower-cased first when `foldAscii`), or -1 when new. */
  find(codes: Uint16Array, start: number, end: number, foldAscii: boolean): number {
    return this.findHashed(codes, start, end, foldAscii, hashOf(codes, start, end, foldAscii));
  }

  /** find, given hashOf(codes, start, end, foldAscii). */
  findHashed(codes: Uint16Array, start: number, end: number, foldAscii: boolean, hash: number): number {
    const table = this.table;
    // A shift rather than a division by SLOT: V8 compiles an integer division to a slow divide instruction.
    const mask = (table.length >> WordTable.SLOT_BITS) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = WordTable.SLOT * slot;
      const entry = table[at] as number;
      if (entry === 0) return -1;
      if (table[at + 1] === hash && this.sameUnits(table[at + 2] as number, table[at + 3] as number, codes, start, end, foldAscii)) {
        return this.firstId + entry - 1;
      }
    }
  }

  /** The Word of an id of this table's words. */
  word(id: number): Word {
    return this.entries[2 * (id - this.firstId)] as Word;
  }

  /** The lower case of the word of an id of this table's words. */
  lower(id: number): string {
    return this.entries[2 * (id - this.firstId) + 1] as string;
  }

  /** Adds `lower`, whose code units are codes[start, end) (perhaps still to be lower-cased), and returns its id. */
  add(lower: string, codes: Uint16Array, start: number, end: number): number {
    if (this.count >= WordTable.MAX_WORDS) this.clear();
    const index = this.count;
    const id = this.firstId + index;
    const length = end - start;
    if (this.unitsUsed + length > this.units.length) {
      const units = new Uint16Array(2 * (this.unitsUsed + length));
      units.set(this.units.subarray(0, this.unitsUsed));
      this.units = units;
    }
    const unitStart = this.unitsUsed;
    for (let i = 0; i < length; i += 1) this.units[unitStart + i] = lower.charCodeAt(i);
    this.unitsUsed += length;
    this.entries.push(new Word(lower, id), lower);
    this.count += 1;
    if (2 * this.count > this.table.length / WordTable.SLOT) this.rehash(2 * (this.table.length / WordTable.SLOT));
    else this.place(this.table, index, unitStart, length);
    return id;
  }

  private sameUnits(wordStart: number, wordLength: number, codes: Uint16Array, start: number, end: number, foldAscii: boolean): boolean {
    if (wordLength !== end - start) return false;
    for (let k = 0; k < wordLength; k += 1) {
      const code = codes[start + k] as number;
      if ((foldAscii ? foldedAscii(code) : code) !== this.units[wordStart + k]) return false;
    }
    return true;
  }

  private place(table: Int32Array, index: number, unitStart: number, length: number): void {
    const hash = hashOf(this.units, unitStart, unitStart + length, false);
    const mask = (table.length >> WordTable.SLOT_BITS) - 1;
    let slot = hash & mask;
    while (table[WordTable.SLOT * slot] !== 0) slot = (slot + 1) & mask;
    const at = WordTable.SLOT * slot;
    table[at] = index + 1;
    table[at + 1] = hash;
    table[at + 2] = unitStart;
    table[at + 3] = length;
  }

  /** A table of `slots` slots holding the words so far: their code units lie end to end, in index order. */
  private rehash(slots: number): void {
    const table = new Int32Array(WordTable.SLOT * slots);
    let unitStart = 0;
    for (let index = 0; index < this.count; index += 1) {
      const length = (this.entries[2 * index + 1] as string).length;
      this.place(table, index, unitStart, length);
      unitStart += length;
    }
    this.table = table;
  }

  private clear(): void {
    this.firstId += this.count;
    this.entries = [];
    this.count = 0;
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
