import type { ManagedTransaction } from "neo4j-driver";

export interface ArticleRow {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  contentHash: string;
  sentenceCount: number;
  text: string;
}

export const upsertArticleCypher = `
MERGE (a:Article {id: $article.id})
SET a.title = $article.title, a.date = $article.date, a.source = $article.source, a.url = $article.url,
    a.contentHash = $article.contentHash, a.sentenceCount = toInteger($article.sentenceCount), a.text = $article.text,
    a.ingestedAt = datetime()`;

export async function upsertArticle(tx: ManagedTransaction, article: ArticleRow): Promise<void> {
  await tx.run(upsertArticleCypher, { article });
}
