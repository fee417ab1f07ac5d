import type { Session } from "neo4j-driver";

export type QueryType = "r" | "rw" | "w" | "s";

/**
 * Plans a user's query without running it and reports what it would do. EXPLAIN is a prefix the
 * user's text cannot escape: Neo4j plans the whole statement as one query.
 */
export async function explainQuery(
  session: Session,
  userQuery: string,
  params: Record<string, unknown>,
): Promise<QueryType> {
  const res = await session.run(`EXPLAIN ${userQuery}`, params);
  return res.summary.queryType as QueryType;
}
