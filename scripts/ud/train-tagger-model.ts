import type { LinearModelData } from "../../ingest/nlp/linear-model";
import { PosTagger, argmax, type PosTaggerData } from "../../ingest/nlp/pos-tagger";
import { Lemmatizer } from "../../ingest/nlp/lemmatizer";
import { clusterTable } from "../../ingest/nlp/cluster-table";
import { taggerContext, taggerFeatures } from "../../ingest/nlp/tagger-features";
import { AveragedPerceptron } from "./averaged-perceptron";
import { seededRandom } from "../../core/seeded-random";
import { shuffled } from "./shuffled";
import type { TreebankSentence } from "./treebank";

export interface TaggerTrainingOptions {
  epochs: number;
  seed: number;
  /** Weights below this magnitude are dropped from the saved model. */
  pruneBelow: number;
  /** Train a right-to-left tagger too and sum both taggers' scores. */
  bidirectional: boolean;
  /** Word clusters (`word<TAB>bit-path` lines) to use as features and store with the model. */
  clusters?: string;
  /** Called after every epoch with the averaged model; returns a dev score (higher is better) or undefined. */
  onEpoch?: (epoch: number, data: PosTaggerData, direction: "forward" | "backward") => number | undefined;
}

const jointLabel = (s: TreebankSentence, i: number): string => s.upos[i] + " " + s.xpos[i];

/** Trains the greedy averaged-perceptron tagger(s); keeps each direction's best epoch by `onEpoch`'s score. */
export function trainTaggerModel(
  train: readonly TreebankSentence[],
  options: TaggerTrainingOptions,
): PosTaggerData {
  const labels = [...new Set(train.flatMap((s) => s.words.map((_, i) => jointLabel(s, i))))].sort();
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const dictionary = buildDictionary(train, labelIndex);
  const gold = train.map((s) => s.words.map((_, i) => labelIndex.get(jointLabel(s, i))!));
  const clusters = options.clusters === undefined ? undefined : clusterTable(options.clusters);
  const withClusters = options.clusters === undefined ? {} : { clusters: options.clusters };
  const data: PosTaggerData = { labels, dictionary, forward: trainDirection(false), ...withClusters };
  if (options.bidirectional) data.backward = trainDirection(true);
  return data;

  function trainDirection(reverse: boolean): PosTaggerData["forward"] {
    const perceptron = new AveragedPerceptron<number>(labels.length);
    const features: number[] = [];
    const scores = new Float64Array(labels.length);
    const random = seededRandom(options.seed + (reverse ? 7919 : 0));
    const order = train.map((s, i) => ({
      words: reverse ? [...s.words].reverse() : s.words,
      gold: reverse ? [...gold[i]!].reverse() : gold[i]!,
    }));
    let best: { score: number; model: PosTaggerData["forward"] } | undefined;
    for (let epoch = 1; epoch <= options.epochs; epoch++) {
      for (const sentence of shuffled(order, random)) {
        const ctx = taggerContext(sentence.words, clusters);
        let prev = 1;
        let prev2 = 1;
        for (let i = 0; i < sentence.words.length; i++) {
          let guess = dictionary[sentence.words[i]!];
          if (guess === undefined) {
            taggerFeatures(ctx, i, prev, prev2, features);
            perceptron.score(features, scores);
            guess = argmax(scores);
            perceptron.update(features, sentence.gold[i]!, guess);
          }
          perceptron.tick();
          prev2 = prev;
          prev = guess + 3;
        }
      }
      const model = perceptron.export(options.pruneBelow, 1000);
      // A backward model is scored alone: it is stored as the forward one of a throw-away tagger.
      const score = options.onEpoch?.(
        epoch,
        { labels, dictionary, forward: model, ...withClusters },
        reverse ? "backward" : "forward",
      );
      if (score === undefined) best = { score: 0, model };
      else if (best === undefined || score > best.score) best = { score, model };
    }
    return best!.model;
  }
}

/** Words seen at least 20 times with one label at least 99.5 % of the time are tagged without scoring. */
function buildDictionary(
  train: readonly TreebankSentence[],
  labelIndex: ReadonlyMap<string, number>,
): Record<string, number> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of train) {
    s.words.forEach((w, i) => {
      const byLabel = counts.get(w) ?? new Map<string, number>();
      byLabel.set(jointLabel(s, i), (byLabel.get(jointLabel(s, i)) ?? 0) + 1);
      counts.set(w, byLabel);
    });
  }
  const dictionary: Record<string, number> = {};
  for (const [word, byLabel] of counts) {
    const total = [...byLabel.values()].reduce((a, b) => a + b, 0);
    const [label, n] = [...byLabel.entries()].sort((a, b) => b[1] - a[1])[0]!;
    if (total >= 20 && n / total >= 0.995) dictionary[word] = labelIndex.get(label)!;
  }
  return dictionary;
}

/** A tagger from trained data without a real lemmatizer, for scoring tags during training. */
export function taggerForScoring(data: PosTaggerData): PosTagger {
  return new PosTagger(data, new Lemmatizer({ exceptions: {}, rules: {}, maxSuffix: 0 }));
}

export type { LinearModelData };
