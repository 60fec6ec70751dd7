import type { ItemDraft, ParseWarning } from "../domain/BriefingDraft.js";

/** A remark about one line of a briefing: a warning when the file is still accepted, a refusal when it is not. */
export type LineProblem = ParseWarning;

/** What a section parser read: its items, the defects it worked around, and the defects that refuse the file. */
export interface SectionResult {
  items: ItemDraft[];
  warnings: LineProblem[];
  refusals: LineProblem[];
}

/** An empty result, for a parser to fill in. */
export function emptySectionResult(): SectionResult {
  return { items: [], warnings: [], refusals: [] };
}
