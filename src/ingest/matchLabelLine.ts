/** Which text field of an item a labelled line fills. */
export type ItemField = "summary" | "details";

/** A "Summary: …" or "Details: …" line: the field and its text (possibly empty). */
export interface LabelLine {
  field: ItemField;
  text: string;
}

const LABEL_PATTERN = /^(summary|details)\s*:\s*(.*)$/iu;

/** Reads a "Summary:" / "Details:" line (labels case-insensitive), or returns null for any other line. */
export function matchLabelLine(text: string): LabelLine | null {
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
