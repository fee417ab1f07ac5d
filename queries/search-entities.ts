import neo4j, { type ManagedTransaction } from "neo4j-driver";

export interface SearchHit {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentions: number;
  score: number;
}

/** Full-text search over names and aliases; ties go to the more-mentioned entity. */
export const searchEntitiesCypher = `
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
RETURN node.id AS id, node.name AS name, node.type AS type, node.aliases AS aliases,
       node.mentions AS mentions, score
ORDER BY score DESC, mentions DESC
LIMIT $limit`;

export async function searchEntities(
  tx: ManagedTransaction,
  query: string,
  limit: number,
): Promise<SearchHit[]> {
  const res = await tx.run(searchEntitiesCypher, { query, limit: neo4j.int(limit) });
  return res.records.map((r) => r.toObject() as SearchHit);
}
