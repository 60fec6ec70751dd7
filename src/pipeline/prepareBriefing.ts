import type { ParseWarning } from "../domain/BriefingDraft.js";
import type { BriefingGraph } from "../domain/BriefingGraph.js";
import { formatParseIssue } from "../domain/ParseResult.js";
import { BadUserInputError } from "../errors.js";
import type { Extractor } from "../extract/Extractor.js";
import { parseBriefing } from "../ingest/parseBriefing.js";

/** A briefing ready to store: its graph, and every defect of its text, by line. Plain data: it crosses threads. */
export interface PreparedBriefing {
  graph: BriefingGraph;
  warnings: ParseWarning[];
}

/**
 * Text -> parse -> extract. A text that is not a briefing is refused with a BadUserInputError naming file and line;
 * nothing has been written then.
 */
export function prepareBriefing(input: string | Uint8Array, file: string, extractor: Extractor): PreparedBriefing {
  const parsed = parseBriefing(input, { file });
  if (!parsed.ok) {
    const first = parsed.issues[0];
    throw new BadUserInputError(first ? formatParseIssue(first) : `${file}: not a briefing`, {
      file,
      line: first?.line ?? 1,
      issues: parsed.issues,
    });
  }
  const { graph, warnings } = extractor.extract(parsed.value);
  return { graph, warnings: [...parsed.value.warnings, ...warnings].sort((a, b) => a.line - b.line) };
}
