import type { ArticleInput, Extraction } from "./extraction";

/** Turns one article into entities and triples. Built once with its models, then called per article. */
export interface ArticleExtractor {
  extract(input: ArticleInput): Extraction;
}
