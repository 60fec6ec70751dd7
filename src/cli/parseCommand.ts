import { readFileSync } from "node:fs";
import { Extractor } from "../extract/Extractor.js";
import { loadConfig } from "../config.js";
import { reviewedTaxonomy } from "../review/reviewedTaxonomy.js";
import { formatParseIssue } from "../domain/ParseResult.js";
import { parseBriefing } from "../ingest/parseBriefing.js";
import { parseOptions, UsageError, type Command } from "./Command.js";
import { describeExtraction } from "./describeExtraction.js";

const HELP = `Usage: govgraph parse FILE...

Parses briefing files and prints what govgraph extracts from each as JSON on stdout: items with their
organizations, themes, risks, typed relations between organizations, and sources, with the evidence behind every
link. One file gives an object, several an array.
Warnings go to stderr as FILE:LINE: warning: MESSAGE. A file that is not a briefing is reported as
FILE:LINE: REASON on stderr and the exit code is 1.

Options:
  --seeds DIR  apply the review decisions (reviews.json) of DIR (default $GOVGRAPH_SEEDS_DIR or the project's seeds/)
  -h, --help   show this help`;

/** `govgraph parse`: text in, extracted briefing out, nothing stored. */
export const parseCommand: Command = {
  name: "parse",
  summary: "print the briefing extracted from files, as JSON",
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      seeds: { type: "string" },
      help: { type: "boolean", short: "h" },
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError("name at least one briefing file");
    const extractor = new Extractor(reviewedTaxonomy(values.seeds ?? loadConfig().seedsDir));
    const results: unknown[] = [];
    let failed = false;
    for (const file of positionals) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        io.err(`${file}:1: cannot read the file (${(error as NodeJS.ErrnoException).code ?? "error"})`);
        failed = true;
        continue;
      }
      const parsed = parseBriefing(bytes, { file });
      if (!parsed.ok) {
        for (const issue of parsed.issues) io.err(formatParseIssue(issue));
        failed = true;
        continue;
      }
      const extraction = extractor.extract(parsed.value);
      const warnings = [...parsed.value.warnings, ...extraction.warnings].sort((a, b) => a.line - b.line);
      for (const w of warnings) io.err(`${file}:${w.line}: warning: ${w.message}`);
      results.push(describeExtraction(file, extraction.graph, warnings));
    }
    if (results.length > 0) io.out(JSON.stringify(positionals.length === 1 ? results[0] : results, null, 2));
    return failed ? 1 : 0;
  },
};
