/** The error codes clients see in `extensions.code` and the CLI prints. */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  NOT_FOUND = "NOT_FOUND",
  QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX",
  SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

/** Base of the project's errors: a message meant for the user and a code. Never carries a stack to the user. */
export class GovgraphError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The caller's input is wrong (arguments, briefing text, configuration). */
export class BadUserInputError extends GovgraphError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, details);
  }
}

/** A mutation was called without a valid API key. */
export class UnauthenticatedError extends GovgraphError {
  constructor(message: string) {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

/** The database cannot be reached or refused the work for now; retrying later may succeed. */
export class ServiceUnavailableError extends GovgraphError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.SERVICE_UNAVAILABLE, message, details);
  }
}

/** A query would cost more than the server allows. */
export class QueryTooComplexError extends GovgraphError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.QUERY_TOO_COMPLEX, message, details);
  }
}

/** The message to show for any error: our own errors as written, anything else as an internal error. */
export function userMessage(error: unknown): { code: ErrorCode; message: string } {
  if (error instanceof GovgraphError) return { code: error.code, message: error.message };
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: "Internal server error" };
}
