import type { SentenceFeatures } from "./ner-feature-extractor";

/** A linear sequence model's parameters: emission weights per feature × label, transitions (L + 1) × L. */
export interface LinearSequenceWeights {
  labelCount: number;
  /** weights[feature · labelCount + label]. */
  emission: Float32Array | Float64Array;
  /** transition[prev · labelCount + label]; row labelCount is the start of the sentence. */
  transition: Float32Array | Float64Array;
  /** 1 where a transition is allowed (same layout as transition). */
  allowed: Uint8Array;
  /** 1 where a label may end the sentence. */
  final: Uint8Array;
}

/** The best label sequence under the model (first-order Viterbi with hard transition constraints). */
export function viterbiDecode(
  model: LinearSequenceWeights,
  feats: SentenceFeatures,
  out?: Int32Array,
): Int32Array {
  const L = model.labelCount;
  const n = feats.offsets.length - 1;
  const labels = out ?? new Int32Array(n);
  if (n === 0) return labels;
  const emit = new Float64Array(n * L);
  const { ids, offsets } = feats;
  const w = model.emission;
  for (let i = 0; i < n; i++) {
    const base = i * L;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const row = ids[k]! * L;
      for (let y = 0; y < L; y++) emit[base + y]! += w[row + y]!;
    }
  }
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  const tr = model.transition;
  const allowed = model.allowed;
  for (let y = 0; y < L; y++) {
    score[y] = allowed[L * L + y] ? emit[y]! + tr[L * L + y]! : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const prevBase = (i - 1) * L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!allowed[p * L + y]) continue;
        const s = score[prevBase + p]! + tr[p * L + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + y] = best + emit[i * L + y]!;
      back[i * L + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let y = 0; y < L; y++) {
    const s = score[(n - 1) * L + y]!;
    if (model.final[y] && s > best) {
      best = s;
      arg = y;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = arg;
    arg = back[i * L + arg]!;
  }
  return labels;
}
