import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

import { modelPath } from "../model-path";
import { clusterTable, type ClusterTable } from "./cluster-table";
import { Lemmatizer, loadLemmatizer } from "./lemmatizer";
import { LinearModel, type LinearModelData } from "./linear-model";
import {
  labelWordFeatures,
  neighbourFeatures,
  pairFeatures,
  previousLabelFeatures,
  taggerContext,
  wordFeatures,
  type TaggerContext,
} from "./tagger-features";
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

/** Words per cache generation: at most twice this many are cached. */
const WORD_CACHE_SIZE = 8_000;

/** Offsets whose neighbour scores are nearly dense (suffix and shape features hold most classes). */
const DENSE_OFFSETS = [-1, 1] as const;
/** Offsets whose neighbour scores are sparse (the word alone). */
const SPARSE_OFFSETS = [-2, 2] as const;

/** What the tagger caches about a word string: the scores of features that depend on it alone. */
interface WordEntry {
  /** Scores of the word's own features (wordFeatures), forward model's classes then backward's (1.6 kB). */
  own: Float64Array;
  /** Sentences the word was seen in while cached; its neighbour scores are cached from the second on. */
  uses: number;
  neighbour: NeighbourScores | undefined;
}

/** A word's scores as the neighbour of the word being tagged (neighbourFeatures), about 4 kB. */
interface NeighbourScores {
  /** Per model (forward, then backward) the class scores as the neighbour one place before, then one after. */
  dense: Float64Array;
  /**
   * Non-zero scores as the neighbour two places before and after: list `model × 2 + (0 before, 1 after)` at
   * [offsets[list], offsets[list + 1]) of classes and weights.
   */
  offsets: Int32Array;
  classes: Int32Array;
  weights: Float64Array;
}

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
   * Scores of the features that depend on one word alone, for the words seen lately: its own (the word,
   * affixes, shape) and, for words seen more than once, what it says as a neighbour one or two places
   * before or after. They are most of the lookups and class entries, and text repeats its words. Sums are
   * exact, so cached sums give the same decisions. Two generations: a word found in the older one moves to
   * the newer, and when the newer is full the older is dropped, so frequent words stay.
   */
  private recentWords = new Map<string, WordEntry>();
  private olderWords = new Map<string, WordEntry>();
  private sentenceEntries: WordEntry[] = [];
  private readonly features: number[] = [];
  /**
   * Per model, the scores of the two previous labels' own features by `prev × (classes + 3) + prev2`: the
   * same for every word, and a few thousand pairs occur.
   */
  private readonly previousLabelScores: (Float64Array | undefined)[][] = [[], []];
  private sparseScratch = new Float64Array(0);
  /** Neighbour scores of a word without them (outside the sentence, or seen once): none, its features are scored. */
  private readonly zeros: Float64Array;

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
    this.zeros = new Float64Array(this.labels.length);
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
    let unknown = 0;
    for (let i = 0; i < n; i++) {
      const label = this.dictionary.get(words[i]!) ?? -1;
      known[i] = label;
      if (label < 0) unknown++;
    }
    const tags = new Array<number>(n);
    if (unknown === 0) {
      for (let i = 0; i < n; i++) tags[i] = known[i]!;
      return tags;
    }
    const forward = this.forwardScores;
    const backward = this.backwardScores;
    const ctx = taggerContext(words, this.clusters);
    const entries = this.sentenceEntries;
    entries.length = n;
    for (let i = 0; i < n; i++) entries[i] = this.wordEntry(words[i]!, ctx, i);
    this.fixedScores(this.forward, 0, n, ctx, forward, 1);
    this.greedy(this.forward, 0, n, ctx, forward, 1, tags);
    if (this.backward === undefined) return tags;
    this.fixedScores(this.backward, 1, n, ctx, backward, -1);
    const backwardTags = new Array<number>(n);
    this.greedy(this.backward, 1, n, ctx, backward, -1, backwardTags);
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

  private wordEntry(word: string, ctx: TaggerContext, i: number): WordEntry {
    let entry = this.recentWords.get(word);
    if (entry === undefined) {
      entry = this.olderWords.get(word) ?? { own: this.ownScores(ctx, i), uses: 0, neighbour: undefined };
      if (this.recentWords.size >= WORD_CACHE_SIZE) {
        this.olderWords = this.recentWords;
        this.recentWords = new Map();
      }
      this.recentWords.set(word, entry);
    }
    // Most words are seen once: scoring their neighbour features directly is cheaper than caching them.
    if (++entry.uses === 2) entry.neighbour = this.neighbourScores(ctx, i);
    return entry;
  }

  private get models(): LinearModel[] {
    return this.backward === undefined ? [this.forward] : [this.forward, this.backward];
  }

  private ownScores(ctx: TaggerContext, i: number): Float64Array {
    const k = this.labels.length;
    const scores = new Float64Array(2 * k);
    const features = this.features;
    features.length = 0;
    wordFeatures(ctx, i, features);
    this.models.forEach((m, mi) => m.score(features, features.length, scores.subarray(mi * k, mi * k + k)));
    return scores;
  }

  private neighbourScores(ctx: TaggerContext, i: number): NeighbourScores {
    const k = this.labels.length;
    const models = this.models;
    const dense = new Float64Array(models.length * DENSE_OFFSETS.length * k);
    const features = this.features;
    if (this.sparseScratch.length < k) this.sparseScratch = new Float64Array(k);
    const scratch = this.sparseScratch;
    const offsets = new Int32Array(models.length * SPARSE_OFFSETS.length + 1);
    const classes: number[] = [];
    const weights: number[] = [];
    models.forEach((m, mi) => {
      // Word i as the neighbour `offset` places from the tagged word (in range, the step does not matter).
      DENSE_OFFSETS.forEach((offset, r) => {
        features.length = 0;
        neighbourFeatures(ctx, i, offset, 1, features);
        const row = (mi * DENSE_OFFSETS.length + r) * k;
        m.score(features, features.length, dense.subarray(row, row + k));
      });
      SPARSE_OFFSETS.forEach((offset, r) => {
        features.length = 0;
        neighbourFeatures(ctx, i, offset, 1, features);
        scratch.fill(0);
        m.score(features, features.length, scratch);
        for (let c = 0; c < k; c++) {
          if (scratch[c] !== 0) {
            classes.push(c);
            weights.push(scratch[c]!);
          }
        }
        offsets[mi * SPARSE_OFFSETS.length + r + 1] = classes.length;
      });
    });
    return { dense, offsets, classes: Int32Array.from(classes), weights: Float64Array.from(weights) };
  }

  /**
   * Scores of everything but the previous labels, for each word not in the dictionary: its own and its
   * neighbours' cached scores, then the neighbours' features not cached and the features that pair it with
   * a neighbour. Word i's class scores go into `scores` at i × classes.
   */
  private fixedScores(
    model: LinearModel,
    modelIndex: number,
    n: number,
    ctx: TaggerContext,
    scores: Float64Array,
    step: 1 | -1,
  ): void {
    const k = this.labels.length;
    const features = this.features;
    const entries = this.sentenceEntries;
    const denseBase = modelIndex * DENSE_OFFSETS.length * k;
    for (let i = 0; i < n; i++) {
      if (this.known[i]! >= 0) continue;
      const base = i * k;
      features.length = 0;
      const own = entries[i]!.own;
      const ownBase = modelIndex * k;
      const b = i - step;
      const beforeScores = b >= 0 && b < n ? entries[b]!.neighbour : undefined;
      let before = this.zeros;
      let beforeBase = 0;
      if (beforeScores === undefined) neighbourFeatures(ctx, b, -1, step, features);
      else {
        before = beforeScores.dense;
        beforeBase = denseBase;
      }
      const a = i + step;
      const afterScores = a >= 0 && a < n ? entries[a]!.neighbour : undefined;
      let after = this.zeros;
      let afterBase = 0;
      if (afterScores === undefined) neighbourFeatures(ctx, a, 1, step, features);
      else {
        after = afterScores.dense;
        afterBase = denseBase + k;
      }
      for (let c = 0; c < k; c++)
        scores[base + c] = own[ownBase + c]! + before[beforeBase + c]! + after[afterBase + c]!;
      for (let r = 0; r < SPARSE_OFFSETS.length; r++) {
        const offset = SPARSE_OFFSETS[r]!;
        const j = i + offset * step;
        const e = j >= 0 && j < n ? entries[j]!.neighbour : undefined;
        if (e === undefined) {
          neighbourFeatures(ctx, j, offset, step, features);
          continue;
        }
        const list = modelIndex * SPARSE_OFFSETS.length + r;
        const classes = e.classes;
        const weights = e.weights;
        for (let x = e.offsets[list]!, end = e.offsets[list + 1]!; x < end; x++)
          scores[base + classes[x]!]! += weights[x]!;
      }
      pairFeatures(ctx, i, features, step);
      model.score(features, features.length, scores.subarray(base, base + k));
    }
  }

  /**
   * Greedy decoding left to right (`step` 1) or right to left (−1) over the fixed scores: adds the
   * features of the previous labels to word i's class scores at i × classes, and writes its label.
   */
  private greedy(
    model: LinearModel,
    modelIndex: number,
    n: number,
    ctx: TaggerContext,
    scores: Float64Array,
    step: 1 | -1,
    result: number[],
  ): void {
    const k = this.labels.length;
    const features = this.features;
    const byLabels = this.previousLabelScores[modelIndex]!;
    let prev = 1;
    let prev2 = 1;
    for (let j = 0; j < n; j++) {
      const i = step > 0 ? j : n - 1 - j;
      let best = this.known[i]!;
      if (best < 0) {
        const base = i * k;
        const key = prev * (k + 3) + prev2;
        let labelScores = byLabels[key];
        if (labelScores === undefined) {
          labelScores = new Float64Array(k);
          features.length = 0;
          previousLabelFeatures(prev, prev2, features);
          model.score(features, features.length, labelScores);
          byLabels[key] = labelScores;
        }
        features.length = 0;
        labelWordFeatures(ctx, i, prev, features, step);
        model.score(features, features.length, scores.subarray(base, base + k));
        best = 0;
        let bestScore = (scores[base] = scores[base]! + labelScores[0]!);
        for (let c = 1; c < k; c++) {
          const score = (scores[base + c] = scores[base + c]! + labelScores[c]!);
          if (score > bestScore) {
            best = c;
            bestScore = score;
          }
        }
      }
      result[i] = best;
      prev2 = prev;
      prev = best + 3;
    }
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
