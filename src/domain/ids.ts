import { hash } from "node:crypto";

/** The node types that have global ids. */
export type NodeType = "Briefing" | "Item" | "Organization" | "Theme" | "Risk" | "Source" | "Publisher";

const NODE_TYPES: ReadonlySet<string> = new Set(["Briefing", "Item", "Organization", "Theme", "Risk", "Source", "Publisher"]);

/** The bytes toGlobalId encodes, reused from id to id: ids are made for every item, and Buffer.from allocates. */
const ID_BYTES = Buffer.allocUnsafe(1024);

/** An opaque, stable global id: base64url of "Type:key". */
export function toGlobalId(type: NodeType, key: string): string {
  const text = `${type}:${key}`;
  // A UTF-16 code unit takes at most 3 bytes of UTF-8: the text fits when it has a third as many units.
  if (3 * text.length > ID_BYTES.length) return Buffer.from(text, "utf8").toString("base64url");
  const length = ID_BYTES.write(text, 0, "utf8");
  return ID_BYTES.toString("base64url", 0, length);
}

/** Decodes a global id; null when it is not one of ours. */
export function fromGlobalId(id: string): { type: NodeType; key: string } | null {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const text = Buffer.from(id, "base64url").toString("utf8");
  const colon = text.indexOf(":");
  if (colon < 1) return null;
  const type = text.slice(0, colon);
  const key = text.slice(colon + 1);
  if (!NODE_TYPES.has(type) || key.length === 0) return null;
  return { type: type as NodeType, key };
}

/**
 * A short content hash, used for item keys and change detection. crypto.hash (Node 20.12+) does the same
 * one-shot sha256 as createHash().update().digest() without building a Hash object; it runs twice per item.
 */
export function shortHash(text: string, length = 16): string {
  return hash("sha256", text, "hex").slice(0, length);
}
