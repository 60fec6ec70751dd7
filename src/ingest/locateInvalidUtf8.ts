/** The bytes allowed after a lead byte: how many continuation bytes, and the range of the first one. */
interface SequenceShape {
  continuations: number;
  secondMin: number;
  secondMax: number;
}

/** The shape of a well-formed UTF-8 sequence starting with `lead` (Unicode table 3-7), or null if it cannot start one. */
function shapeOf(lead: number): SequenceShape | null {
  if (lead >= 0xc2 && lead <= 0xdf) return { continuations: 1, secondMin: 0x80, secondMax: 0xbf };
  if (lead === 0xe0) return { continuations: 2, secondMin: 0xa0, secondMax: 0xbf };
  if (lead === 0xed) return { continuations: 2, secondMin: 0x80, secondMax: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { continuations: 2, secondMin: 0x80, secondMax: 0xbf };
  if (lead === 0xf0) return { continuations: 3, secondMin: 0x90, secondMax: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { continuations: 3, secondMin: 0x80, secondMax: 0xbf };
  if (lead === 0xf4) return { continuations: 3, secondMin: 0x80, secondMax: 0x8f };
  return null;
}

/**
 * The offset of the first byte that starts an ill-formed UTF-8 sequence, or -1 when all bytes are well formed.
 * TextDecoder only says *that* the text is invalid; this says *where*, so the refusal can name a line.
 */
export function locateInvalidUtf8(bytes: Uint8Array): number {
  let offset = 0;
  while (offset < bytes.length) {
    const lead = bytes[offset] ?? 0;
    if (lead < 0x80) {
      offset += 1;
      continue;
    }
    const shape = shapeOf(lead);
    if (shape === null) return offset;
    for (let k = 1; k <= shape.continuations; k += 1) {
      const byte = bytes[offset + k];
      const min = k === 1 ? shape.secondMin : 0x80;
      const max = k === 1 ? shape.secondMax : 0xbf;
      if (byte === undefined || byte < min || byte > max) return offset;
    }
    offset += 1 + shape.continuations;
  }
  return -1;
}

/**
 * The 1-based line holding code unit `offset`, counting LF, CRLF and lone CR as line ends (as readLines does).
 * Works on bytes and on strings alike: line ends are ASCII in both.
 */
export function lineAtOffset(unitAt: (index: number) => number, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) {
    const unit = unitAt(i);
    if (unit === 0x0a || (unit === 0x0d && unitAt(i + 1) !== 0x0a)) line += 1;
  }
  return line;
}
