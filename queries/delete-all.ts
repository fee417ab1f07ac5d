import type { Driver } from "neo4j-driver";

/** Empties the graph in batches (one huge transaction could exhaust memory); used by tests and `db reset`. */
export const deleteAllCypher = `
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`;

export async function deleteAll(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run(deleteAllCypher);
  } finally {
    await session.close();
  }
}
