/** A response as sent: status, headers and the serialised body. */
export interface CachedResponse {
  status: number;
  headers: Array<[string, string]>;
  body: string;
}

const MAX_ENTRIES = 1_000;
const MAX_ENTRY_BYTES = 1024 * 1024;
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;

/**
 * Answers of read-only GraphQL requests, by request text, for as long as the graph has not changed: every entry
 * carries the store revision it was computed at, and any later revision makes it stale. Least recently used
 * entries go first past 1,000 entries or 64 MiB; answers over 1 MiB are not kept.
 *
 * Only for the embedded store, whose only writer is this process: a Neo4j database may be written by others.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { revision: number; response: CachedResponse }>();
  private bytes = 0;

  get(key: string, revision: number): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    if (entry.revision !== revision) {
      this.bytes -= entry.response.body.length;
      return undefined;
    }
    this.entries.set(key, entry); // most recently used last
    return entry.response;
  }

  set(key: string, revision: number, response: CachedResponse): void {
    if (response.body.length > MAX_ENTRY_BYTES) return;
    const previous = this.entries.get(key);
    if (previous !== undefined) {
      this.entries.delete(key);
      this.bytes -= previous.response.body.length;
    }
    this.entries.set(key, { revision, response });
    this.bytes += response.body.length;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES && this.bytes <= MAX_TOTAL_BYTES) break;
      this.entries.delete(oldest);
      this.bytes -= entry.response.body.length;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
