import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { generateBriefings } from "./generateBriefings.js";
import { CORPUS_USAGE, parseCorpusArgs } from "./parseCorpusArgs.js";

/** Where the command writes: injectable so tests can capture output. */
export interface CorpusIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

/** Files between two progress lines on stderr. */
export const PROGRESS_EVERY = 100;

const processIo: CorpusIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

/**
 * The `npm run corpus` command: parses arguments, writes one file per generated briefing, reports progress
 * every PROGRESS_EVERY files and a summary at the end (on stderr, so stdout stays clean). Returns the exit code:
 * 0 on success and for --help, 2 for bad arguments.
 */
export function runCorpusCommand(argv: readonly string[], io: CorpusIo = processIo): number {
  const parsed = parseCorpusArgs(argv);
  if (parsed.kind === "help") {
    io.stdout(CORPUS_USAGE);
    return 0;
  }
  if (parsed.kind === "error") {
    io.stderr(`corpus: ${parsed.message} (see --help)`);
    return 2;
  }
  const { days, seed, out, start } = parsed.args;
  const began = performance.now();
  mkdirSync(out, { recursive: true });
  let files = 0;
  let items = 0;
  let bytes = 0;
  for (const briefing of generateBriefings({ days, seed, start })) {
    const data = Buffer.from(briefing.text, "utf8");
    writeFileSync(join(out, briefing.fileName), data);
    files += 1;
    items += briefing.itemCount;
    bytes += data.byteLength;
    if (files % PROGRESS_EVERY === 0 && files < days) io.stderr(`corpus: ${files}/${days} files (${megabytes(bytes)})`);
  }
  const seconds = ((performance.now() - began) / 1000).toFixed(2);
  io.stderr(`corpus: wrote ${files} files, ${items} items, ${bytes} bytes (${megabytes(bytes)}) in ${seconds} s to ${out}`);
  return 0;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

// Run only when executed as a script (`tsx bench/corpus/generateCorpus.ts`), not when imported.
const script = process.argv[1];
if (script !== undefined && import.meta.url === pathToFileURL(script).href) {
  process.exitCode = runCorpusCommand(process.argv.slice(2));
}
