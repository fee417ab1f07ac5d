import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

import { modelPath } from "../model-path";
import { Lemmatizer, loadLemmatizer } from "./lemmatizer";
import { LinearModel, type LinearModelData } from "./linear-model";
import { taggerContext, taggerFeatures } from "./tagger-features";
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
}

export class PosTagger {
  private readonly forward: LinearModel;
  private readonly backward: LinearModel | undefined;
  private readonly labels: { upos: Upos; xpos: string; joint: string }[];
  private readonly dictionary: Map<string, number>;

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
    const forward = new Float64Array(n * this.labels.length);
    const tags = this.greedy(this.forward, words, forward);
    if (this.backward === undefined) return tags;
    const backward = new Float64Array(n * this.labels.length);
    this.greedy(this.backward, [...words].reverse(), backward);
    const k = this.labels.length;
    return tags.map((tag, i) => {
      if (this.dictionary.has(words[i]!)) return tag;
      const f = i * k;
      const b = (n - 1 - i) * k;
      let best = 0;
      for (let c = 1; c < k; c++) {
        if (forward[f + c]! + backward[b + c]! > forward[f + best]! + backward[b + best]!) best = c;
      }
      return best;
    });
  }

  /** Greedy decoding in the order of `words`; each position's class scores go into `scores`. */
  private greedy(model: LinearModel, words: readonly string[], scores: Float64Array): number[] {
    const ctx = taggerContext(words);
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
        for (let f = 0; f < features.length; f++) model.add(features[f]!, local);
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
