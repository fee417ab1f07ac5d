import type { ManagedTransaction } from "neo4j-driver";

/**
 * Removes what an earlier version of an article contributed (its facts and mentions), so re-ingesting
 * changed text replaces rather than accumulates. Entities left with no mention are removed too.
 */
export const deleteArticleFactsCypher = `
MATCH (a:Article {id: $id})
OPTIONAL MATCH (:Entity)-[f {article: $id}]->(:Entity)
DELETE f
WITH DISTINCT a
OPTIONAL MATCH (a)-[m:MENTIONS]->(e:Entity)
DELETE m
WITH collect(DISTINCT e) AS touched
UNWIND touched AS e
WITH e WHERE NOT (e)<-[:MENTIONS]-(:Article)
DETACH DELETE e`;

export async function deleteArticleFacts(tx: ManagedTransaction, id: string): Promise<void> {
  await tx.run(deleteArticleFactsCypher, { id });
}
