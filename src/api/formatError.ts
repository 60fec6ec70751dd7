import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ErrorCode, GovgraphError } from "../errors.js";

/** Codes graphql-js and Apollo give to request problems; they pass through as they are. */
const PASS_THROUGH = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "QUERY_TOO_COMPLEX",
]);

/**
 * The one place errors become what clients see: our errors keep their message and code, request errors pass,
 * anything else becomes INTERNAL_SERVER_ERROR with no message detail and no stack.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof GovgraphError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...publicDetails(original) } };
  }
  const code = formatted.extensions?.["code"];
  if (typeof code === "string" && PASS_THROUGH.has(code)) {
    const { http: _http, ...extensions } = formatted.extensions ?? {};
    return { ...base, message: formatted.message, extensions: { ...extensions, code } };
  }
  // The client learns nothing of an internal error; the operator gets the whole of it on stderr.
  const detail = original instanceof Error ? (original.stack ?? original.message) : String(original);
  process.stderr.write(`govgraph: internal error at ${formatted.path?.join(".") ?? "request"}: ${detail}\n`);
  return { ...base, message: "Internal server error", extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

function publicDetails(error: GovgraphError): Record<string, unknown> {
  const { line, file, argument, max } = error.details;
  return Object.fromEntries(Object.entries({ line, file, argument, max }).filter(([, v]) => v !== undefined));
}
