import type { ErrorRequestHandler } from "express";
import { NewsgraphError, type ErrorCode } from "../core/newsgraph-error";

const statusOf: Record<ErrorCode, number> = {
  bad_input: 400,
  payload_too_large: 413,
  not_found: 404,
  write_query: 400,
  cypher_syntax: 400,
  query_timeout: 408,
  database_unavailable: 503,
  model_missing: 500,
};

export interface ErrorBody {
  error: { code: string; message: string };
}

/** The one place errors become HTTP: a status and `{error: {code, message}}`, never a stack trace. */
export function errorMiddleware(log: (err: unknown) => void): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    const { status, body } = toHttpError(err);
    if (status >= 500) log(err);
    res.status(status).json(body);
  };
}

function toHttpError(err: unknown): { status: number; body: ErrorBody } {
  if (err instanceof NewsgraphError) {
    return { status: statusOf[err.code], body: { error: { code: err.code, message: err.message } } };
  }
  // body-parser marks its own errors with a `type`.
  const type = (err as { type?: unknown } | null)?.type;
  if (type === "entity.too.large") {
    return {
      status: 413,
      body: {
        error: { code: "payload_too_large", message: "request: the body is over 10 MB; split the upload" },
      },
    };
  }
  if (type === "entity.parse.failed") {
    return {
      status: 400,
      body: { error: { code: "bad_input", message: "request: the body is not valid JSON" } },
    };
  }
  if (type === "charset.unsupported" || type === "encoding.unsupported") {
    return { status: 415, body: { error: { code: "bad_input", message: "request: send UTF-8 JSON" } } };
  }
  return {
    status: 500,
    body: { error: { code: "internal", message: "server: unexpected error; see the server log" } },
  };
}
