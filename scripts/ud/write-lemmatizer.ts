import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

import { Lemmatizer } from "../../ingest/nlp/lemmatizer";
import { learnLemmatizer } from "./learn-lemmatizer";
import type { TreebankSentence } from "./treebank";
import { vocabularyVerbs } from "./vocabulary-verbs";

/** Learns the lemmatizer from `train`, writes it gzipped to `path`; dev lemma accuracy (%) with gold XPOS. */
export function writeLemmatizer(
  train: readonly TreebankSentence[],
  dev: readonly TreebankSentence[],
  path: string,
): { accuracy: number; bytes: number } {
  const data = learnLemmatizer(train, vocabularyVerbs());
  const lemmatizer = new Lemmatizer(data);
  let right = 0;
  let total = 0;
  for (const s of dev)
    s.words.forEach((w, i) => void (total++, lemmatizer.lemmatize(w, s.xpos[i]!) === s.lemmas[i] && right++));
  const bytes = gzipSync(JSON.stringify(data), { level: 9 });
  writeFileSync(path, bytes);
  return { accuracy: (100 * right) / total, bytes: bytes.length };
}
