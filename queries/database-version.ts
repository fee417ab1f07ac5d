import type { Driver } from "neo4j-driver";

export const databaseVersionCypher = `
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition`;

export interface DatabaseVersion {
  version: string;
  edition: string;
}

export async function databaseVersion(driver: Driver, database?: string): Promise<DatabaseVersion> {
  const res = await driver.executeQuery(databaseVersionCypher, {}, { database, routing: "READ" });
  const rec = res.records[0];
  return { version: String(rec?.get("version") ?? "unknown"), edition: String(rec?.get("edition") ?? "") };
}
