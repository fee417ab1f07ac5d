/**
 * The few error kinds newsgraph raises on purpose. Each carries a code the HTTP layer maps to a status
 * (server/error-middleware.ts) and the CLI prints as one line; messages say what to do next.
 */
export type ErrorCode =
  | "bad_input"
  | "payload_too_large"
  | "not_found"
  | "write_query"
  | "cypher_syntax"
  | "query_timeout"
  | "database_unavailable"
  | "model_missing";

export class NewsgraphError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "NewsgraphError";
    this.code = code;
  }
}

/** Input the user can fix: an empty or binary file, malformed JSON, a missing field. */
export class InputError extends NewsgraphError {
  constructor(message: string, code: "bad_input" | "payload_too_large" = "bad_input") {
    super(code, message);
    this.name = "InputError";
  }
}

export class NotFoundError extends NewsgraphError {
  constructor(message: string) {
    super("not_found", message);
    this.name = "NotFoundError";
  }
}

/** A Cypher query refused or failed for a reason in the query itself. */
export class QueryError extends NewsgraphError {
  constructor(code: "write_query" | "cypher_syntax" | "query_timeout", message: string, cause?: unknown) {
    super(code, message, { cause });
    this.name = "QueryError";
  }
}

/** Neo4j cannot be reached or went away; nothing was written by the failed operation. */
export class DatabaseUnavailableError extends NewsgraphError {
  constructor(message: string, cause?: unknown) {
    super("database_unavailable", message, { cause });
    this.name = "DatabaseUnavailableError";
  }
}
