import { QueryError } from "../core/newsgraph-error";
import { explainQuery } from "../queries/explain-query";
import type { Neo4jConnection } from "./connect-neo4j";
import { toCypherJson, type CypherJson } from "./cypher-json";
import { mapNeo4jError } from "./map-neo4j-error";

export interface CypherLimits {
  /** Rows kept; the rest of the result is not read. */
  maxRows: number;
  /** The server aborts the transaction after this long. */
  timeoutMs: number;
}

export interface CypherResult {
  columns: string[];
  rows: Array<Record<string, CypherJson>>;
  truncated: boolean;
}

export const defaultCypherLimits: CypherLimits = { maxRows: 1000, timeoutMs: 10_000 };

/**
 * Runs a user's Cypher read-only. Three guards, each enough on its own for the common case:
 * the plan must be read-only (EXPLAIN's query type), the session is in READ mode, and the
 * transaction is always rolled back, never committed.
 */
export async function runReadOnlyCypher(
  { driver, database }: Neo4jConnection,
  query: string,
  params: Record<string, unknown>,
  limits: CypherLimits = defaultCypherLimits,
): Promise<CypherResult> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    const queryType = await explainQuery(session, query, params);
    if (queryType !== "r") {
      throw new QueryError(
        "write_query",
        "cypher: only read queries are allowed here; this one would change the graph " +
          `(query type "${queryType}"). Use \`newsgraph ingest\` to add data`,
      );
    }
    const tx = session.beginTransaction({ timeout: limits.timeoutMs });
    try {
      const result = tx.run(query, params);
      const rows: Array<Record<string, CypherJson>> = [];
      let truncated = false;
      for await (const record of result) {
        if (rows.length >= limits.maxRows) {
          truncated = true;
          break;
        }
        const row: Record<string, CypherJson> = {};
        for (const key of record.keys) row[String(key)] = toCypherJson(record.get(key));
        rows.push(row);
      }
      const columns = (await result.keys()).map(String);
      return { columns, rows, truncated };
    } finally {
      await tx.rollback().catch(() => undefined);
    }
  } catch (err) {
    throw mapNeo4jError(err);
  } finally {
    await session.close();
  }
}
