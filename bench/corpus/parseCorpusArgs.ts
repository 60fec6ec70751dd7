import { DEFAULT_START } from "./generateBriefings.js";

/** What the corpus command was asked to do. */
export interface CorpusArgs {
  days: number;
  seed: number;
  out: string;
  start: string;
}

/** The parsed command line: run, print help, or refuse with one line saying why. */
export type ParsedCorpusArgs = { kind: "run"; args: CorpusArgs } | { kind: "help" } | { kind: "error"; message: string };

/** Most days one run may generate (about 270 years); keeps a typo from filling the disk. */
export const MAX_DAYS = 100_000;

/** The --help text. */
export const CORPUS_USAGE = `Usage: npm run corpus -- --days N --seed S --out DIR [--start YYYY-MM-DD]

Writes N daily briefings, DIR/briefing-YYYY-MM-DD.txt, one per consecutive day, in the briefing text format.
The same seed and arguments always give byte-identical files.

Options:
  --days N       number of days (files) to generate, 1 to ${MAX_DAYS}
  --seed S       integer seed, 0 to 4294967295
  --out DIR      output directory (created if missing; existing files of the same names are overwritten)
  --start DATE   date of the first briefing (default ${DEFAULT_START})
  -h, --help     print this help`;

const OPTIONS = new Set(["days", "seed", "out", "start"]);

/** Reads `--name value` / `--name=value` options. Never throws: problems come back as one-line messages. */
export function parseCorpusArgs(argv: readonly string[]): ParsedCorpusArgs {
  const values = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    if (arg === "-h" || arg === "--help") return { kind: "help" };
    const match = /^--([a-z]+)(?:=(.*))?$/u.exec(arg);
    if (match === null) return error(`unexpected argument '${arg}'`);
    const [, name = "", inline] = match;
    if (!OPTIONS.has(name)) return error(`unknown option --${name}`);
    const value = inline ?? argv[index + 1];
    if (inline === undefined) index += 1;
    if (value === undefined || value === "" || (inline === undefined && value.startsWith("--"))) return error(`--${name} needs a value`);
    if (values.has(name)) return error(`--${name} given twice`);
    values.set(name, value);
  }
  for (const required of ["days", "seed", "out"]) {
    if (!values.has(required)) return error(`missing required option --${required}`);
  }
  const days = integerIn(values.get("days") as string, 1, MAX_DAYS);
  if (days === null) return error(`--days must be an integer from 1 to ${MAX_DAYS}, got '${values.get("days")}'`);
  const seed = integerIn(values.get("seed") as string, 0, 0xffffffff);
  if (seed === null) return error(`--seed must be an integer from 0 to 4294967295, got '${values.get("seed")}'`);
  const start = values.get("start") ?? DEFAULT_START;
  if (!isCalendarDate(start)) return error(`--start must be a real date YYYY-MM-DD, got '${start}'`);
  return { kind: "run", args: { days, seed, out: values.get("out") as string, start } };
}

function error(message: string): ParsedCorpusArgs {
  return { kind: "error", message };
}

function integerIn(text: string, min: number, max: number): number | null {
  if (!/^\d+$/u.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}
