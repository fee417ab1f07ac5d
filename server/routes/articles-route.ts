import { Router } from "express";
import type { ArticleExtractor } from "../../ingest/article-extractor";
import { articleInputSchema } from "../../ingest/article-input-schema";
import type { GraphStore } from "../../store/graph-store";
import { parseRequest } from "../parse-request";

const bodySchema = articleInputSchema;

/** POST /api/articles: extract one article, store it, answer with its id and what was found. */
export function articlesRoute(store: GraphStore, extractor: ArticleExtractor): Router {
  return Router().post("/articles", async (req, res) => {
    const input = parseRequest(bodySchema, req.body, "article");
    const extraction = extractor.extract(input);
    const [written] = await store.write([extraction]);
    res.status(written?.status === "created" ? 201 : 200).json({
      articleId: extraction.article.id,
      status: written?.status,
      sentences: extraction.sentenceCount,
      entities: extraction.entities.length,
      relations: extraction.triples.length,
    });
  });
}
