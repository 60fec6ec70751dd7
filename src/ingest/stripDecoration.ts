/**
 * Removes markdown decoration around a heading-like line: leading/trailing '#', '*', '_' and spaces, so that
 * "## Executive Summary", "**Top Priority Items:**" and "# AI SAFETY - 2026-03-25 #" read as their plain text.
 */
export function stripDecoration(text: string): string {
  // A character scan rather than /[#*_\s]+$/u, which backtracks over every run of spaces in a long line.
  let start = 0;
  let end = text.length;
  while (start < end && isDecoration(text.charCodeAt(start))) start += 1;
  while (end > start && isDecoration(text.charCodeAt(end - 1))) end -= 1;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** '#', '*', '_' or a character of the regular-expression class \s. */
function isDecoration(code: number): boolean {
  if (code === 35 || code === 42 || code === 95 || code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
