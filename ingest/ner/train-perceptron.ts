import { LABEL_COUNT, allowedTransitions, canEnd } from "./bilou-labels";
import { seededRandom } from "../../core/seeded-random";
import type { SentenceFeatures } from "./ner-feature-extractor";
import type { LinearSequenceWeights } from "./viterbi-decode";
import { viterbiDecode } from "./viterbi-decode";

export interface TrainingExample {
  features: SentenceFeatures;
  gold: Int32Array;
}

export interface PerceptronOptions {
  epochs: number;
  seed: number;
  featureCount: number;
  /** Called after every epoch with the averaged weights; returns a score to keep the best epoch by. */
  onEpoch: (epoch: number, averaged: LinearSequenceWeights, mistakes: number) => number;
}

export interface PerceptronResult {
  best: LinearSequenceWeights;
  bestEpoch: number;
  bestScore: number;
}

/**
 * Averaged structured perceptron (Collins 2002) over BILOU labels with Viterbi decoding. Averaging uses the
 * usual trick: w_avg = w − u / c where u accumulates each update times the step counter c.
 */
export function trainPerceptron(
  examples: readonly TrainingExample[],
  options: PerceptronOptions,
): PerceptronResult {
  const L = LABEL_COUNT;
  const allowed = allowedTransitions();
  const final = new Uint8Array(L);
  for (let y = 0; y < L; y++) final[y] = canEnd(y) ? 1 : 0;
  const w = new Float32Array(options.featureCount * L);
  const u = new Float64Array(options.featureCount * L);
  const tw = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  const current: LinearSequenceWeights = { labelCount: L, emission: w, transition: tw, allowed, final };
  const rand = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  let c = 1;
  let best: PerceptronResult | undefined;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let mistakes = 0;
    for (const idx of order) {
      const ex = examples[idx]!;
      const pred = viterbiDecode(current, ex.features);
      const n = ex.gold.length;
      let wrong = false;
      for (let i = 0; i < n; i++) {
        const g = ex.gold[i]!;
        const p = pred[i]!;
        const gp = i === 0 ? L : ex.gold[i - 1]!;
        const pp = i === 0 ? L : pred[i - 1]!;
        if (g !== p) {
          wrong = true;
          const { ids, offsets } = ex.features;
          for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
            const row = ids[k]! * L;
            w[row + g]! += 1;
            u[row + g]! += c;
            w[row + p]! -= 1;
            u[row + p]! -= c;
          }
        }
        if (g !== p || gp !== pp) {
          tw[gp * L + g]! += 1;
          tu[gp * L + g]! += c;
          tw[pp * L + p]! -= 1;
          tu[pp * L + p]! -= c;
        }
      }
      if (wrong) mistakes++;
      c++;
    }
    const avgW = new Float32Array(w.length);
    for (let k = 0; k < w.length; k++) avgW[k] = w[k]! - u[k]! / c;
    const avgT = new Float64Array(tw.length);
    for (let k = 0; k < tw.length; k++) avgT[k] = tw[k]! - tu[k]! / c;
    const averaged: LinearSequenceWeights = {
      labelCount: L,
      emission: avgW,
      transition: avgT,
      allowed,
      final,
    };
    const score = options.onEpoch(epoch, averaged, mistakes);
    if (!best || score > best.bestScore) best = { best: averaged, bestEpoch: epoch, bestScore: score };
  }
  if (!best) throw new Error("ner: training needs at least one epoch");
  return best;
}
