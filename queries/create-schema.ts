/**
 * Constraints and indexes, each idempotent (IF NOT EXISTS) so start-up can run them every time.
 * The full-text index covers names and the joined alias text (full-text indexes take strings).
 */
export const createSchemaStatements: readonly string[] = [
  "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
  "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
  "CREATE INDEX entity_mentions IF NOT EXISTS FOR (e:Entity) ON (e.mentions)",
  "CREATE INDEX entity_name_key IF NOT EXISTS FOR (e:Entity) ON (e.nameKey)",
  "CREATE INDEX person_surname_key IF NOT EXISTS FOR (p:Person) ON (p.surnameKey)",
  "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText]",
];

/** Waits until the indexes above are online, so the first search after start-up finds everything. */
export const awaitIndexesCypher = "CALL db.awaitIndexes(60)";
