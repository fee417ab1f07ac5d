import { Neo4jError } from "neo4j-driver";
import { DatabaseUnavailableError, NewsgraphError, QueryError } from "../core/newsgraph-error";

const unavailableCodes = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
]);

/** Turns a driver error into one of newsgraph's error kinds; anything unexpected is passed on as is. */
export function mapNeo4jError(err: unknown): unknown {
  if (err instanceof NewsgraphError || !(err instanceof Neo4jError)) return err;
  if (unavailableCodes.has(err.code) || /connect|ECONNREFUSED|Pool is closed/i.test(err.message)) {
    return new DatabaseUnavailableError(
      "neo4j: the database went away; nothing from the interrupted operation was stored. " +
        "Check that Neo4j is running (`npx newsgraph db status`) and try again",
      err,
    );
  }
  if (err.code.startsWith("Neo.ClientError.Statement.SyntaxError")) {
    return new QueryError("cypher_syntax", `cypher: ${firstLine(err.message)}`, err);
  }
  if (
    err.code.includes("TransactionTimedOut") ||
    err.code.includes("Transaction.TransactionTimedOutClientConfiguration")
  ) {
    return new QueryError(
      "query_timeout",
      "cypher: the query ran past its time limit; add a LIMIT or narrow the MATCH",
      err,
    );
  }
  if (err.code.startsWith("Neo.ClientError.Statement") || err.code.startsWith("Neo.ClientError.Procedure")) {
    return new QueryError("cypher_syntax", `cypher: ${firstLine(err.message)}`, err);
  }
  return err;
}

function firstLine(message: string): string {
  return message.split("\n")[0]?.trim() ?? message;
}
