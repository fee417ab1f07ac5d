import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

import { modelPath } from "../ingest/model-path";
import { loadPosTagger } from "../ingest/nlp/pos-tagger";
import type { Upos } from "../ingest/nlp/types";
import { DependencyParser } from "../ingest/nlp/dependency-parser";
import { jackknifeTags } from "./ud/jackknife-tags";
import { pruneLinearModel } from "./ud/prune-linear-model";
import { scoreParse } from "./ud/score-parse";
import { trainParserModel } from "./ud/train-parser-model";
import { readTreebank, UD_DIR, type TreebankSentence } from "./ud/treebank";

function main(): void {
  const dir = process.env.UD_EWT_DIR ?? UD_DIR;
  const seed = Number(process.env.SEED ?? 1);
  const folds = Number(process.env.FOLDS ?? 4);
  const tagEpochs = Number(process.env.TAG_EPOCHS ?? 6);
  const limit = Number(process.env.LIMIT ?? Infinity);
  const log = (line: string): void => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
  const train = readTreebank(join(dir, "en_ewt-ud-train.conllu"));
  const dev = readTreebank(join(dir, "en_ewt-ud-dev.conllu"));

  // Jackknifing is deterministic for a seed, so its result is cached between runs.
  const cache = join(tmpdir(), `newsgraph-jackknife-s${seed}-f${folds}-e${tagEpochs}.json`);
  let tagged: TreebankSentence[];
  if (existsSync(cache)) tagged = JSON.parse(readFileSync(cache, "utf8")) as TreebankSentence[];
  else {
    tagged = jackknifeTags(train, folds, tagEpochs, seed, log);
    writeFileSync(cache, JSON.stringify(tagged));
  }
  tagged = tagged.slice(0, limit);

  // DEV_TAGS=gold scores epochs with gold tags (quick experiments before a tagger is trained).
  const devTags =
    process.env.DEV_TAGS === "gold"
      ? dev.map((s) =>
          s.words.map((_, i) => ({ upos: s.upos[i] as Upos, xpos: s.xpos[i]!, lemma: s.lemmas[i]! })),
        )
      : ((tagger) => dev.map((s) => tagger.tag(s.words)))(loadPosTagger());
  const data = trainParserModel(tagged, {
    transitionEpochs: Number(process.env.EPOCHS ?? 18),
    labelerEpochs: Number(process.env.LABEL_EPOCHS ?? 6),
    seed,
    explore: 0.9,
    pruneBelow: Number(process.env.PRUNE ?? 0.5),
    evaluate: (parser) => {
      const scores = scoreParse(parser, dev, devTags);
      return [scores.uas, scores.las];
    },
    log,
  });
  // Training keeps weights down to PRUNE for choosing epochs; the saved transition model keeps fewer
  // (1.5 halves the file; on dev −0.2 UAS, within epoch-to-epoch noise), the labeler is more sensitive and keeps them all.
  data.transitions = pruneLinearModel(data.transitions, Number(process.env.TRANSITION_PRUNE ?? 1.5));
  const final = scoreParse(new DependencyParser(data), dev, devTags);
  log(`saved model: dev UAS ${final.uas.toFixed(2)} LAS ${final.las.toFixed(2)}`);
  const bytes = gzipSync(JSON.stringify(data), { level: 9 });
  const path = process.env.OUT ?? modelPath("parser.json.gz");
  writeFileSync(path, bytes);
  log(`wrote ${path} (${(bytes.length / 1e6).toFixed(2)} MB)`);
}

main();
