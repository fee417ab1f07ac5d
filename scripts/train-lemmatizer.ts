import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";

import { modelPath } from "../ingest/model-path";
import { readTreebank, UD_DIR } from "./ud/treebank";
import { writeLemmatizer } from "./ud/write-lemmatizer";

// npm run train:lemmatizer: the lemmatizer alone (train:tagger writes it too), from UD EWT train; seconds.
function main(): void {
  const dir = process.env.UD_EWT_DIR ?? UD_DIR;
  const train = readTreebank(join(dir, "en_ewt-ud-train.conllu"));
  const dev = readTreebank(join(dir, "en_ewt-ud-dev.conllu"));
  const path = process.env.OUT ?? modelPath("lemmatizer.json.gz");
  mkdirSync(dirname(path), { recursive: true });
  const { accuracy, bytes } = writeLemmatizer(train, dev, path);
  console.log(`lemmatizer: dev lemma accuracy with gold XPOS ${accuracy.toFixed(2)}`);
  console.log(`wrote ${path} (${(bytes / 1e6).toFixed(2)} MB)`);
}

main();
