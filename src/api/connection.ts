import { BadUserInputError } from "../errors.js";
import type { Page, PageRequest } from "../store/GraphStore.js";

/** The largest page a client may ask for; documented in the schema on every `first`. */
export const MAX_PAGE_SIZE = 100;

/** Relay connection arguments as the schema declares them. */
export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Edge<T>[];
}

const CURSOR_PREFIX = "cursor:";

/** An opaque cursor for the row at `position` (0-based) of a list. */
export function encodeCursor(position: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${position}`, "utf8").toString("base64url");
}

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const position = Number(text.slice(CURSOR_PREFIX.length));
  if (!text.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(position) || position < 0) {
    throw new BadUserInputError(`"after" is not a cursor returned by this API: ${JSON.stringify(cursor)}`);
  }
  return position;
}

/** Checks `first` against the cap and turns `after` into an offset. */
export function pageRequest(args: ConnectionArgs, defaultSize = 20, max = MAX_PAGE_SIZE): PageRequest {
  const first = args.first ?? defaultSize;
  if (!Number.isInteger(first) || first < 0 || first > max) {
    throw new BadUserInputError(`"first" must be between 0 and ${max}; got ${first}`, { argument: "first", max });
  }
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, limit: first };
}

/** A Relay connection over one page of rows. */
export function toConnection<R, T>(page: Page<R>, request: PageRequest, toNode: (row: R) => T): Connection<T> {
  const edges = page.rows.map((row, index) => ({ cursor: encodeCursor(request.offset + index), node: toNode(row) }));
  return {
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: request.offset + page.rows.length < page.totalCount,
      hasPreviousPage: request.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    edges,
  };
}
