/**
 * Text made safe for XML content and attribute values: the five special characters escaped, and characters that
 * XML 1.0 does not allow (control characters, lone surrogates, U+FFFE, U+FFFF) dropped, since no parser reads them.
 */
export function escapeXml(text: string): string {
  let safe = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (!isXmlChar(code)) continue;
    safe += ESCAPES[char] ?? char;
  }
  return safe;
}

// Tabs and line breaks as references too: in attribute values a parser would otherwise turn them into spaces.
const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** The Char production of XML 1.0. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}
