import { createHash } from "node:crypto";
import type { Article, ArticleInput } from "./extraction";
import { slugify } from "./slugify";

/** Fills in an article's id and content hash. The id defaults to the title's slug, else the hash. */
export function buildArticle(input: ArticleInput): Article {
  const text = input.text.replace(/\r\n?/g, "\n");
  const contentHash = createHash("sha256")
    .update(JSON.stringify([input.title ?? null, input.date ?? null, input.source ?? null, text]))
    .digest("hex");
  const id =
    input.id?.trim() ||
    (input.title ? slugify(input.title).slice(0, 80) : "") ||
    `article-${contentHash.slice(0, 12)}`;
  return {
    id,
    title: input.title?.trim() || null,
    date: input.date ?? null,
    source: input.source?.trim() || null,
    url: input.url?.trim() || null,
    text,
    contentHash,
  };
}
