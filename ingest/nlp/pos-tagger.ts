import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

import { modelPath } from "../model-path";
import { clusterTable, type ClusterTable } from "./cluster-table";
import { Lemmatizer, loadLemmatizer } from "./lemmatizer";
import { LinearModel, type LinearModelData } from "./linear-model";
import { reverseContext, taggerContext, taggerFeatures, type TaggerContext } from "./tagger-features";
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

export class PosTagger {
  private readonly forward: LinearModel;
  private readonly backward: LinearModel | undefined;
  private readonly labels: { upos: Upos; xpos: string; joint: string }[];
  private readonly dictionary: Map<string, number>;
  private readonly clusters: ClusterTable | undefined;
  private forwardScores = new Float64Array(0);
  private backwardScores = new Float64Array(0);

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
    // Scratch score buffers, reused between sentences (only non-dictionary positions are written and read).
    if (this.forwardScores.length < n * k) {
      this.forwardScores = new Float64Array(n * k * 2);
      this.backwardScores = new Float64Array(n * k * 2);
    }
    const forward = this.forwardScores;
    const backward = this.backwardScores;
    const ctx = taggerContext(words, this.clusters);
    const tags = this.greedy(this.forward, words, ctx, forward);
    if (this.backward === undefined) return tags;
    this.greedy(this.backward, [...words].reverse(), reverseContext(ctx), backward);
    for (let i = 0; i < n; i++) {
      if (this.dictionary.has(words[i]!)) continue;
      const f = i * k;
      const b = (n - 1 - i) * k;
      let best = 0;
      let bestScore = forward[f]! + backward[b]!;
      for (let c = 1; c < k; c++) {
        const score = forward[f + c]! + backward[b + c]!;
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
      tags[i] = best;
    }
    return tags;
  }

  /** Greedy decoding in the order of `words`; each position's class scores go into `scores`. */
  private greedy(
    model: LinearModel,
    words: readonly string[],
    ctx: TaggerContext,
    scores: Float64Array,
  ): number[] {
    const k = this.labels.length;
    const local = new Float64Array(k);
    const features: number[] = [];
    const result: number[] = [];
    let prev = 1;
    let prev2 = 1;
    for (let i = 0; i < words.length; i++) {
      let best = this.dictionary.get(words[i]!);
      if (best === undefined) {
        local.fill(0);
        taggerFeatures(ctx, i, prev, prev2, features);
        model.score(features, features.length, local);
        best = argmax(local);
        scores.set(local, i * k);
      }
      result.push(best);
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
