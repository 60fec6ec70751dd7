import { createHash, timingSafeEqual } from "node:crypto";

const digest = (key: string) => createHash("sha256").update(key).digest();

/**
 * Whether an Authorization header carries one of the configured bearer keys.
 * Keys are compared as hashes in constant time, so neither their content nor their length leaks through timing.
 */
export function isAuthorized(header: string | undefined, apiKeys: readonly string[]): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  if (!match?.[1] || apiKeys.length === 0) return false;
  const presented = digest(match[1]);
  let ok = false;
  for (const key of apiKeys) ok = timingSafeEqual(presented, digest(key)) || ok;
  return ok;
}
