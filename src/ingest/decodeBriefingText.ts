import { lineAtOffset, locateInvalidUtf8 } from "./locateInvalidUtf8.js";
import type { LineProblem } from "./SectionResult.js";

/** The largest briefing accepted, in bytes of UTF-8. Real briefings are tens of kilobytes. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Decoded briefing text (BOM removed, line ends untouched), or the reason the input is not text. */
export type DecodeResult = { ok: true; text: string } | { ok: false; problem: LineProblem };

const BOM = "\uFEFF";
const NUL_MESSAGE = "binary content: the file contains a NUL byte";

/**
 * Turns raw input into text: refuses files over MAX_FILE_BYTES, invalid UTF-8 and NUL bytes (binary content),
 * each at the line where it occurs, and strips one byte-order mark.
 */
export function decodeBriefingText(input: string | Uint8Array): DecodeResult {
  const size = sizeOverLimit(input);
  if (size !== null) {
    const megabytes = (size / (1024 * 1024)).toFixed(1);
    return refuse(1, `file is ${megabytes} MB (${size} bytes); the limit is 5 MB (${MAX_FILE_BYTES} bytes)`);
  }
  const decoded = typeof input === "string" ? { ok: true as const, text: input } : decodeUtf8(input);
  if (!decoded.ok) return decoded;
  const { text } = decoded;
  const nul = text.indexOf("\0");
  if (nul >= 0) return refuse(lineAtOffset((i) => text.charCodeAt(i), nul), NUL_MESSAGE);
  return { ok: true, text: text.startsWith(BOM) ? text.slice(BOM.length) : text };
}

/**
 * The size of the input in bytes of UTF-8 when it is over MAX_FILE_BYTES, else null. A UTF-16 code unit takes at
 * most three bytes, so most strings are known to be under the limit without counting.
 */
function sizeOverLimit(input: string | Uint8Array): number | null {
  if (typeof input === "string" && 3 * input.length <= MAX_FILE_BYTES) return null;
  const size = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  return size > MAX_FILE_BYTES ? size : null;
}

/** Strict UTF-8 decoding; on failure, the refusal names the line of the first bad byte (or earlier NUL). */
function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    // ignoreBOM keeps a leading BOM in the text, so string and byte input share the BOM handling above.
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const invalid = Math.max(0, locateInvalidUtf8(bytes));
    const nul = bytes.indexOf(0);
    const unitAt = (i: number): number => bytes[i] ?? -1;
    if (nul >= 0 && nul < invalid) return refuse(lineAtOffset(unitAt, nul), NUL_MESSAGE);
    return refuse(lineAtOffset(unitAt, invalid), "binary content: the file is not valid UTF-8");
  }
}

function refuse(line: number, message: string): DecodeResult {
  return { ok: false, problem: { line, message } };
}
