import type { ArticleExtractor } from "../../ingest/article-extractor";
import { loadExtractor } from "../../ingest/load-extractor";

let cached: ArticleExtractor | undefined;

/** The real extractor with the committed models, loaded once per test file. */
export function testExtractor(): ArticleExtractor {
  cached ??= loadExtractor();
  return cached;
}
