import type { ManagedTransaction } from "neo4j-driver";

export interface EntityRow {
  id: string;
  name: string;
  /** The node label of the type, e.g. "Person"; every entity also carries :Entity. */
  label: string;
  type: string;
  aliases: string[];
  nameKey: string;
  surnameKey: string | null;
  /** Mentions of this entity in the article being written. */
  mentions: number;
}

/**
 * Entities keep the first canonical name they were stored with; other names and aliases accumulate
 * across articles.
 * `mentions` is the total over articles, recomputed from the MENTIONS counts so re-ingesting is exact.
 */
export const upsertEntitiesCypher = `
MATCH (a:Article {id: $articleId})
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = [], e.nameKey = row.nameKey,
  e.surnameKey = row.surnameKey
SET e:$(row.label)
SET e.aliases = reduce(acc = e.aliases, x IN row.aliases + [row.name] |
  CASE WHEN x IN acc OR x = e.name THEN acc ELSE acc + x END)
SET e.aliasText = reduce(s = '', x IN e.aliases | s + ' | ' + x)
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = toInteger(row.mentions)
WITH e
CALL (e) {
  MATCH (e)<-[m:MENTIONS]-(:Article)
  RETURN sum(m.count) AS total
}
SET e.mentions = total`;

export async function upsertEntities(
  tx: ManagedTransaction,
  articleId: string,
  entities: readonly EntityRow[],
): Promise<void> {
  await tx.run(upsertEntitiesCypher, { articleId, entities });
}
