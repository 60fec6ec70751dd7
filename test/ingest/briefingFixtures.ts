import { readFileSync } from "node:fs";
import type { BriefingDraft } from "../../src/domain/BriefingDraft.js";
import type { ParseIssue, ParseResult } from "../../src/domain/ParseResult.js";
import { parseBriefing } from "../../src/ingest/parseBriefing.js";

/** The real briefing shipped in seeds/, as bytes. */
export function readSeed(): Buffer {
  return readFileSync(new URL("../../seeds/briefing-2026-03-25.txt", import.meta.url));
}

/** A briefing fixture from test/fixtures/briefings/, byte for byte. */
export function readFixture(name: string): Buffer {
  return readFileSync(new URL(`../fixtures/briefings/${name}`, import.meta.url));
}

/** Parses a fixture, with its own name as the file. */
export function parseFixture(name: string): ParseResult {
  return parseBriefing(readFixture(name), { file: name });
}

/** The draft of an accepted result; fails the test with the issues when the text was refused. */
export function accepted(result: ParseResult): BriefingDraft {
  if (!result.ok) throw new Error(`expected the briefing to be accepted, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** The issues of a refused result; fails the test when the text was accepted. */
export function refused(result: ParseResult): ParseIssue[] {
  if (result.ok) throw new Error(`expected the briefing to be refused, got ${result.value.items.length} items`);
  return result.issues;
}
