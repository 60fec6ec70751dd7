import { stripDecoration } from "./stripDecoration.js";

/** The identity of a briefing, read from its first line. */
export interface TitleLine {
  heading: string;
  /** ISO date, YYYY-MM-DD, a real calendar day. */
  date: string;
}

/** The title, or why the line is not one. */
export type TitleLineResult = { ok: true; title: TitleLine } | { ok: false; message: string };

const EXPECTED = "expected a title line '<HEADING> - YYYY-MM-DD'";
/** Greedy heading, so a heading containing " - " keeps it: only the last separator before the date counts. */
const TITLE_PATTERN = /^(.*\S)\s+[-–—]\s+(\d{4})-(\d{2})-(\d{2})$/u;

/** Reads `<heading> - <YYYY-MM-DD>` (separator -, – or —, with spaces); the date must be a real calendar day. */
export function parseTitleLine(text: string): TitleLineResult {
  const match = TITLE_PATTERN.exec(stripDecoration(text));
  if (match === null) return { ok: false, message: EXPECTED };
  const [, rawHeading = "", year = "", month = "", day = ""] = match;
  const heading = stripDecoration(rawHeading);
  if (heading === "") return { ok: false, message: EXPECTED };
  const date = `${year}-${month}-${day}`;
  if (!isCalendarDay(Number(year), Number(month), Number(day))) {
    return { ok: false, message: `${EXPECTED}: ${date} is not a real calendar day` };
  }
  return { ok: true, title: { heading, date } };
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day);
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}
