/** Which text field of an item a labelled line fills. */
export type ItemField = "summary" | "details";

/** A "Summary: …" or "Details: …" line: the field and its text (possibly empty). */
export interface LabelLine {
  field: ItemField;
  text: string;
}

const LABEL_PATTERN = /^(summary|details)\s*:\s*(.*)$/iu;
// Every line of an item section is tried as a label, so most are turned away on their first letter, as the pattern
// would: "s" or "d" in either case, or the long s "ſ", which case-insensitive Unicode matching takes for an "s".
const FIRST_LETTERS = new Set([..."sSdDſ"].map((letter) => letter.charCodeAt(0)));
// The same as flags by code unit: read for every line, a typed array is cheaper than a Set.
const IS_FIRST_LETTER = Uint8Array.from({ length: 0x10000 }, (_, code) => (FIRST_LETTERS.has(code) ? 1 : 0));

/** Reads a "Summary:" / "Details:" line (labels case-insensitive), or returns null for any other line. */
export function matchLabelLine(text: string): LabelLine | null {
  if (text.length === 0 || IS_FIRST_LETTER[text.charCodeAt(0)] !== 1) return null;
  const match = LABEL_PATTERN.exec(text);
  if (match === null) return null;
  const [, label = "", rest = ""] = match;
  return { field: label.toLowerCase() === "summary" ? "summary" : "details", text: rest.trim() };
}

/** Appends a continuation to a text field, keeping null for "nothing written yet". */
export function appendText(existing: string | null, addition: string): string | null {
  if (addition === "") return existing;
  return existing === null ? addition : `${existing} ${addition}`;
}
