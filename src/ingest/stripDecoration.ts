/**
 * Removes markdown decoration around a heading-like line: leading/trailing '#', '*', '_' and spaces, so that
 * "## Executive Summary", "**Top Priority Items:**" and "# AI SAFETY - 2026-03-25 #" read as their plain text.
 */
export function stripDecoration(text: string): string {
  return text.replace(/^[#*_\s]+/u, "").replace(/[#*_\s]+$/u, "");
}
