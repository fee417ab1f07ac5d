import type { ArticleExtractor } from "../../ingest/article-extractor";
import { loadExtractor } from "../../ingest/load-extractor";

let cached: ArticleExtractor | undefined;

/** The real extractor with the committed models, loaded once per test file. */
export function testExtractor(): ArticleExtractor {
  cached ??= loadExtractor();
  return cached;
}

let unfiltered: ArticleExtractor | undefined;

/** The same extractor returning every triple, however weak: for tests of the rules themselves. */
export function unfilteredTestExtractor(): ArticleExtractor {
  unfiltered ??= loadExtractor({}, { minConfidence: 0 });
  return unfiltered;
}
