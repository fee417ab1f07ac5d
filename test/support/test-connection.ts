import { connectNeo4j, type Neo4jConnection } from "../../store/connect-neo4j";
import { ensureSchema } from "../../store/ensure-schema";

/** A connection to the run's test Neo4j (see test/setup/global-setup.ts), schema in place. */
export async function testConnection(): Promise<Neo4jConnection> {
  const uri = process.env.NEWSGRAPH_TEST_NEO4J_URI;
  if (!uri)
    throw new Error("test: no test Neo4j; run through `npm test` (NEWSGRAPH_TEST_NO_DB must not be set)");
  const connection = await connectNeo4j({
    uri,
    user: process.env.NEO4J_USER ?? "neo4j",
    password: process.env.NEO4J_PASSWORD ?? "neo4j",
    database: undefined,
  });
  await ensureSchema(connection);
  return connection;
}
