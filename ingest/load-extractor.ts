import type { ArticleExtractor } from "./article-extractor";
import { createExtractor } from "./create-extractor";
import { countryByName } from "./gazetteer/country-by-name";
import { institutionByAlias } from "./gazetteer/institution-by-alias";
import { organizationByName } from "./gazetteer/international-organizations";
import { documentStats } from "./ner/document-stats";
import { loadNerTagger } from "./ner/ner-tagger";
import { loadDependencyParser } from "./nlp/dependency-parser";
import { loadPosTagger } from "./nlp/pos-tagger";

/** Model files to use instead of the committed ones in models/ (for evaluating a candidate model). */
export interface ModelPaths {
  tagger?: string | undefined;
  parser?: string | undefined;
  ner?: string | undefined;
}

/** The extractor with the committed models in models/; load once per process and reuse. */
export function loadExtractor(
  paths: ModelPaths = {},
  options: { minConfidence?: number } = {},
): ArticleExtractor {
  const tagger = paths.tagger ? loadPosTagger(paths.tagger) : loadPosTagger();
  const parser = paths.parser ? loadDependencyParser(paths.parser) : loadDependencyParser();
  const ner = paths.ner ? loadNerTagger(paths.ner) : loadNerTagger();
  return createExtractor({
    models: {
      tag: (words) => tagger.tag(words),
      parse: (words, tags) => parser.parse(words, tags),
      ner: (sentences) => {
        const document = documentStats(sentences);
        return sentences.map((words) => ner.tag(words, { document }));
      },
    },
    knowledge: {
      country: countryByName,
      organization: (name) => organizationByName(name) ?? institutionByAlias(name),
    },
    ...options,
  });
}
