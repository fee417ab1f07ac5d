import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

import { modelPath } from "../model-path";
import { clusterTable, type ClusterTable } from "./cluster-table";
import { Lemmatizer, loadLemmatizer } from "./lemmatizer";
import { LinearModel, type LinearModelData } from "./linear-model";
import { contextFeatures, taggerContext, wordFeatures, type TaggerContext } from "./tagger-features";
import type { TaggedWord, Upos } from "./types";

/**
 * The serialized tagger: joint "UPOS XPOS" labels, a dictionary of unambiguous frequent words, and the
 * weights of a left-to-right and (optionally) a right-to-left greedy tagger whose scores are summed.
 */
export interface PosTaggerData {
  labels: string[];
  /** Frequent words (exact form) that always had the same label in training → label index. */
  dictionary: Record<string, number>;
  forward: LinearModelData<number>;
  backward?: LinearModelData<number>;
  /** Word clusters the weights were trained with, as `word<TAB>bit-path` lines (absent: no cluster features). */
  clusters?: string;
}

const WORD_CACHE_SIZE = 10_000;

export class PosTagger {
  private readonly forward: LinearModel;
  private readonly backward: LinearModel | undefined;
  private readonly labels: { upos: Upos; xpos: string; joint: string }[];
  private readonly dictionary: Map<string, number>;
  private readonly clusters: ClusterTable | undefined;
  private forwardScores = new Float64Array(0);
  private backwardScores = new Float64Array(0);
  /** Dictionary label of each word of the sentence being tagged, or −1. */
  private known = new Int32Array(0);
  /**
   * Scores of each word's own features (wordFeatures: affixes, shape, the word), forward model's classes
   * then backward's, for the words seen lately: they are half of the lookups and most of the class
   * entries, and text repeats its words. Sums are exact, so a cached sum gives the same decisions.
   */
  private readonly wordScores = new Map<string, Float64Array>();
  private sentenceWordScores: Float64Array[] = [];
  private readonly features: number[] = [];

  constructor(
    data: PosTaggerData,
    private readonly lemmatizer: Lemmatizer,
  ) {
    this.forward = new LinearModel(data.forward);
    this.backward = data.backward && new LinearModel(data.backward);
    this.labels = data.labels.map((joint) => {
      const [upos, xpos] = joint.split(" ") as [Upos, string];
      return { upos, xpos, joint };
    });
    this.dictionary = new Map(Object.entries(data.dictionary));
    this.clusters = data.clusters === undefined ? undefined : clusterTable(data.clusters);
  }

  tag(words: readonly string[]): TaggedWord[] {
    return this.tagIndices(words).map((label, i) => {
      const { upos, xpos } = this.labels[label]!;
      return { upos, xpos, lemma: this.lemmatizer.lemmatize(words[i]!, xpos) };
    });
  }

  /** Label indices only (no lemmas). */
  tagIndices(words: readonly string[]): number[] {
    const n = words.length;
    const k = this.labels.length;
    // Scratch buffers, reused between sentences (only non-dictionary positions are written and read).
    if (this.forwardScores.length < n * k) {
      this.forwardScores = new Float64Array(n * k * 2);
      this.backwardScores = new Float64Array(n * k * 2);
    }
    if (this.known.length < n) this.known = new Int32Array(n * 2);
    const known = this.known;
    for (let i = 0; i < n; i++) known[i] = this.dictionary.get(words[i]!) ?? -1;
    const forward = this.forwardScores;
    const backward = this.backwardScores;
    const ctx = taggerContext(words, this.clusters);
    const own = this.sentenceWordScores;
    own.length = n;
    for (let i = 0; i < n; i++) if (known[i]! < 0) own[i] = this.ownScores(words[i]!, ctx, i);
    const tags = this.greedy(this.forward, n, ctx, forward, 1);
    if (this.backward === undefined) return tags;
    this.greedy(this.backward, n, ctx, backward, -1);
    for (let i = 0; i < n; i++) {
      if (known[i]! >= 0) continue;
      const f = i * k;
      let best = 0;
      let bestScore = forward[f]! + backward[f]!;
      for (let c = 1; c < k; c++) {
        const score = forward[f + c]! + backward[f + c]!;
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
      tags[i] = best;
    }
    return tags;
  }

  private ownScores(word: string, ctx: TaggerContext, i: number): Float64Array {
    let scores = this.wordScores.get(word);
    if (scores !== undefined) return scores;
    const k = this.labels.length;
    scores = new Float64Array(2 * k);
    const features = this.features;
    features.length = 0;
    wordFeatures(ctx, i, features);
    this.forward.score(features, features.length, scores);
    if (this.backward !== undefined) this.backward.score(features, features.length, scores.subarray(k));
    // About 1.6 kB a word: bounded, and cleared rather than evicted one by one (frequent words return soon).
    if (this.wordScores.size >= WORD_CACHE_SIZE) this.wordScores.clear();
    this.wordScores.set(word, scores);
    return scores;
  }

  /**
   * Greedy decoding left to right (`step` 1) or right to left (−1); word i's class scores go into
   * `scores` at i × classes.
   */
  private greedy(
    model: LinearModel,
    n: number,
    ctx: TaggerContext,
    scores: Float64Array,
    step: 1 | -1,
  ): number[] {
    const k = this.labels.length;
    const features = this.features;
    const result = new Array<number>(n);
    let prev = 1;
    let prev2 = 1;
    for (let j = 0; j < n; j++) {
      const i = step > 0 ? j : n - 1 - j;
      let best = this.known[i]!;
      if (best < 0) {
        const local = scores.subarray(i * k, i * k + k);
        const cached = this.sentenceWordScores[i]!;
        for (let c = 0, from = step > 0 ? 0 : k; c < k; c++) local[c] = cached[from + c]!;
        features.length = 0;
        contextFeatures(ctx, i, prev, prev2, features, step);
        model.score(features, features.length, local);
        best = argmax(local);
      }
      result[i] = best;
      prev2 = prev;
      prev = best + 3;
    }
    return result;
  }
}

export function argmax(scores: Float64Array): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
  return best;
}

export function readGzipJson<T>(path: string, owner: string, trainCommand: string): T {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch {
    throw new Error(`${owner}: model file ${path} not found; run ${trainCommand}`);
  }
  return JSON.parse(gunzipSync(raw).toString("utf8")) as T;
}

export function loadPosTagger(
  path = modelPath("pos-tagger.json.gz"),
  lemmatizer: Lemmatizer = loadLemmatizer(),
): PosTagger {
  return new PosTagger(readGzipJson<PosTaggerData>(path, "pos-tagger", "npm run train:tagger"), lemmatizer);
}
