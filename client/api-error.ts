/** An API call that failed: the server's `{error: {code, message}}`, or a network/format problem. */
export class ApiError extends Error {
  constructor(
    /** The server's error code (e.g. "cypher_syntax"), or "network" / "bad_response" from the client. */
    readonly code: string,
    message: string,
    /** HTTP status; 0 when no response arrived. */
    readonly status: number,
  ) {
    super(message);
    this.name = "ApiError";
  }
}
