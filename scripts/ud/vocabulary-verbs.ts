import {
  chainModality,
  governingAdjectives,
  lightVerbs,
  relationVocabulary,
  speechVerbs,
} from "../../ingest/relations/relation-vocabulary";

/** Every verb lemma the relation extractor looks up: the lemmatizer must be able to produce each. */
export function vocabularyVerbs(): string[] {
  const verbs = new Set<string>([...speechVerbs, ...lightVerbs, ...Object.keys(chainModality)]);
  for (const key of Object.keys(relationVocabulary)) verbs.add(key.split(" ")[0]!);
  return [...verbs].filter((v) => !governingAdjectives.has(v)).sort();
}
