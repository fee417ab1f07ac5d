import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";

import { modelPath } from "../ingest/model-path";
import type { PosTaggerData } from "../ingest/nlp/pos-tagger";
import { taggerForScoring, trainTaggerModel } from "./ud/train-tagger-model";
import { newsTaggingPath, readNewsTagging } from "./ud/read-news-tagging";
import { readTreebank, UD_DIR, type TreebankSentence } from "./ud/treebank";
import { writeLemmatizer } from "./ud/write-lemmatizer";

/** Tag accuracy (UPOS, XPOS, %) of a trained tagger on gold-tokenized sentences. */
function tagAccuracy(
  data: PosTaggerData,
  sentences: readonly TreebankSentence[],
  reverse = false,
): { upos: number; xpos: number } {
  const tagger = taggerForScoring(data);
  let upos = 0;
  let xpos = 0;
  let total = 0;
  for (const s of sentences) {
    const labels = reverse ? tagger.tagIndices([...s.words].reverse()).reverse() : tagger.tagIndices(s.words);
    labels.forEach((label, i) => {
      const [u, x] = data.labels[label]!.split(" ");
      if (u === s.upos[i]) upos++;
      if (x === s.xpos[i]) xpos++;
      total++;
    });
  }
  return { upos: (100 * upos) / total, xpos: (100 * xpos) / total };
}

function readClusters(path: string): string {
  return gunzipSync(readFileSync(path)).toString("utf8");
}

function main(): void {
  const dir = process.env.UD_EWT_DIR ?? UD_DIR;
  const epochs = Number(process.env.EPOCHS ?? 12);
  const seed = Number(process.env.SEED ?? 1);
  const train = readTreebank(join(dir, "en_ewt-ud-train.conllu"));
  const dev = readTreebank(join(dir, "en_ewt-ud-dev.conllu"));
  // NEWS_TAGGING=path adds newswire sentences with Penn tags (CoNLL-2003 format); 1: ../shared/data/conll2003.
  const newsPath = newsTaggingPath(process.env.NEWS_TAGGING, dir);
  const news = newsPath === undefined ? [] : readNewsTagging(newsPath, train);
  if (newsPath !== undefined)
    console.log(
      `news tagging sentences: ${news.length} (${news.reduce((n, s) => n + s.words.length, 0)} words)`,
    );
  const started = Date.now();
  const data = trainTaggerModel([...train, ...news], {
    epochs,
    seed,
    pruneBelow: Number(process.env.PRUNE ?? 0.05),
    bidirectional: process.env.BIDIRECTIONAL !== "0",
    // CLUSTERS=1 adds the NER's word clusters as features (CLUSTERS=path: another file); the tagger stores its own copy.
    ...(process.env.CLUSTERS
      ? {
          clusters: readClusters(
            process.env.CLUSTERS === "1" ? modelPath("clusters.tsv.gz") : process.env.CLUSTERS,
          ),
        }
      : {}),
    onEpoch: (epoch, d, direction) => {
      const acc = tagAccuracy(d, dev, direction === "backward");
      const secs = ((Date.now() - started) / 1000).toFixed(0);
      console.log(
        `${direction} epoch ${epoch}: dev UPOS ${acc.upos.toFixed(2)} XPOS ${acc.xpos.toFixed(2)} (${secs} s)`,
      );
      return acc.upos + acc.xpos;
    },
  });
  const both = tagAccuracy(data, dev);
  console.log(`tagger (both directions): dev UPOS ${both.upos.toFixed(2)} XPOS ${both.xpos.toFixed(2)}`);
  const taggerPath = process.env.OUT ?? modelPath("pos-tagger.json.gz");
  mkdirSync(dirname(taggerPath), { recursive: true });
  const lemmatizer = writeLemmatizer(train, dev, join(dirname(taggerPath), "lemmatizer.json.gz"));
  console.log(`lemmatizer: dev lemma accuracy with gold XPOS ${lemmatizer.accuracy.toFixed(2)}`);
  const taggerBytes = gzipSync(JSON.stringify(data), { level: 9 });
  writeFileSync(taggerPath, taggerBytes);
  console.log(
    `wrote ${taggerPath} (${(taggerBytes.length / 1e6).toFixed(2)} MB, ${data.forward.keys.length + (data.backward?.keys.length ?? 0)} features) and ` +
      `lemmatizer.json.gz (${(lemmatizer.bytes / 1e6).toFixed(2)} MB)`,
  );
}

main();
