import { BriefingDraft, type ItemDraft } from "../domain/BriefingDraft.js";
import type { ParseIssue, ParseResult } from "../domain/ParseResult.js";
import { decodeBriefingText } from "./decodeBriefingText.js";
import { parseTitleLine } from "./parseTitleLine.js";
import { readBriefingItems } from "./readBriefingItems.js";
import { readLines } from "./readLines.js";
import type { LineProblem } from "./SectionResult.js";
import { wellFormedDraft } from "./wellFormedDraft.js";

/** Options of parseBriefing. */
export interface ParseBriefingOptions {
  /** Name of the file the text came from; carried by the draft and by every issue. */
  file: string;
}

/**
 * Parses the text of a daily briefing into a BriefingDraft. Never throws on bad input: a file that is not a
 * briefing (binary, empty, too large, no dated title line, an item with no title, no item at all) comes back
 * as `{ ok: false, issues }`, each issue with the file and the 1-based line. Defects that can be worked around
 * (a missing section, a repeated item, an unmatched summary bullet…) are warnings on the accepted draft.
 */
export function parseBriefing(input: string | Uint8Array, options: ParseBriefingOptions): ParseResult {
  const { file } = options;
  const refuse = (problems: readonly LineProblem[]): ParseResult => ({
    ok: false,
    issues: byLine(problems).map((problem) => ({ file, ...problem })),
  });
  const decoded = decodeBriefingText(input);
  if (!decoded.ok) return refuse([decoded.problem]);
  const read = readLines(decoded.text);
  if (!read.ok) return refuse([read.problem]);

  const titleIndex = read.lines.findIndex((line) => line.text !== "");
  const titleLine = read.lines[titleIndex];
  if (titleLine === undefined) return refuse([{ line: 1, message: "file is empty" }]);
  const title = parseTitleLine(titleLine.text);
  if (!title.ok) return refuse([{ line: titleLine.number, message: title.message }]);

  const body = readBriefingItems(read.lines.slice(titleIndex + 1), titleLine.number);
  if (body.refusals.length > 0) return refuse(body.refusals);
  if (body.items.length === 0) return refuse([{ line: titleLine.number, message: "no items found" }]);
  return validateDraft({ file, ...title.title, items: body.items, warnings: byLine(body.warnings) });
}

/** Problems in file order; sort is stable, so problems on one line keep the order they were found in. */
function byLine(problems: readonly LineProblem[]): LineProblem[] {
  return [...problems].sort((a, b) => a.line - b.line);
}

/**
 * Checks the draft against its schema. The parser builds only valid drafts, so a failure here is a bug; it is
 * still reported as issues (at the offending item's line when there is one) rather than thrown.
 */
function validateDraft(draft: BriefingDraft): ParseResult {
  const wellFormed = wellFormedDraft(draft);
  if (wellFormed !== null) return { ok: true, value: wellFormed };
  const checked = BriefingDraft.safeParse(draft);
  if (checked.success) return { ok: true, value: checked.data };
  const issues: ParseIssue[] = checked.error.issues.map((issue) => ({
    file: draft.file,
    line: lineOfPath(draft.items, issue.path),
    message: `parsed briefing does not fit BriefingDraft at '${issue.path.map(String).join(".")}': ${issue.message}`,
  }));
  return { ok: false, issues };
}

function lineOfPath(items: readonly ItemDraft[], path: readonly PropertyKey[]): number {
  const [field, index] = path;
  const item = field === "items" && typeof index === "number" ? items[index] : undefined;
  return item !== undefined && Number.isInteger(item.line) && item.line > 0 ? item.line : 1;
}
