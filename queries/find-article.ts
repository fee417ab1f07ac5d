import type { ManagedTransaction } from "neo4j-driver";

export const findArticleCypher = `
MATCH (a:Article {id: $id})
RETURN a.contentHash AS contentHash`;

export interface FindArticleResult {
  contentHash: string | null;
}

export async function findArticle(tx: ManagedTransaction, id: string): Promise<FindArticleResult | null> {
  const res = await tx.run(findArticleCypher, { id });
  const rec = res.records[0];
  return rec ? { contentHash: rec.get("contentHash") as string | null } : null;
}
