import { awaitIndexesCypher, createSchemaStatements } from "../queries/create-schema";
import type { Neo4jConnection } from "./connect-neo4j";
import { mapNeo4jError } from "./map-neo4j-error";

/** Creates constraints and indexes; idempotent, run at every start. */
export async function ensureSchema({ driver, database }: Neo4jConnection): Promise<void> {
  try {
    for (const statement of createSchemaStatements) {
      await driver.executeQuery(statement, {}, { database });
    }
    await driver.executeQuery(awaitIndexesCypher, {}, { database });
  } catch (err) {
    throw mapNeo4jError(err);
  }
}
