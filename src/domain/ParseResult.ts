import type { BriefingDraft } from "./BriefingDraft.js";

/** A reason a text was refused, located in its file. */
export interface ParseIssue {
  file: string;
  /** 1-based line number; 1 for problems of the whole file (empty, binary). */
  line: number;
  message: string;
}

/** Expected failures are values: parsing never throws on bad input. */
export type ParseResult = { ok: true; value: BriefingDraft } | { ok: false; issues: ParseIssue[] };

/** Formats an issue the way compilers do, `file:line: reason`, for CLIs and logs. */
export function formatParseIssue(issue: ParseIssue): string {
  return `${issue.file}:${issue.line}: ${issue.message}`;
}
