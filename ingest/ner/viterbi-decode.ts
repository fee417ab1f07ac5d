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
  if (n === 0) return out ?? new Int32Array(0);
  const emit = new Float64Array(n * L);
  const { ids, offsets } = feats;
  const w = model.emission;
  if (L === 17) emitSeventeen(w, ids, offsets, emit, n);
  else {
    for (let i = 0; i < n; i++) {
      const base = i * L;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        const row = ids[k]! * L;
        for (let y = 0; y < L; y++) emit[base + y]! += w[row + y]!;
      }
    }
  }
  return viterbiFromEmissions(model, emit, n, out);
}

/** The best label sequence given every token's emission scores (token i, label y at i × labelCount + y). */
export function viterbiFromEmissions(
  model: LinearSequenceWeights,
  emit: Float64Array,
  n: number,
  out?: Int32Array,
): Int32Array {
  const L = model.labelCount;
  const labels = out ?? new Int32Array(n);
  if (n === 0) return labels;
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  const tr = model.transition;
  const allowed = model.allowed;
  for (let y = 0; y < L; y++) {
    score[y] = allowed[L * L + y] ? emit[y]! + tr[L * L + y]! : -Infinity;
  }
  const preds = predecessors(allowed, L);
  for (let i = 1; i < n; i++) {
    const prevBase = (i - 1) * L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      const from = preds[y]!;
      for (let k = 0; k < from.length; k++) {
        const p = from[k]!;
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

const predecessorCache = new WeakMap<Uint8Array, Int32Array[]>();

/** For each label, the labels allowed before it (excluding the start row); cached per constraint table. */
function predecessors(allowed: Uint8Array, L: number): Int32Array[] {
  let preds = predecessorCache.get(allowed);
  if (!preds) {
    preds = [];
    for (let y = 0; y < L; y++) {
      const from: number[] = [];
      for (let p = 0; p < L; p++) if (allowed[p * L + y]) from.push(p);
      preds.push(Int32Array.from(from));
    }
    predecessorCache.set(allowed, preds);
  }
  return preds;
}

/** The emission sums for the BILOU label set (17 labels) with the label loop unrolled into locals: the hot loop. */
function emitSeventeen(
  w: Float32Array | Float64Array,
  ids: Int32Array,
  offsets: Int32Array,
  emit: Float64Array,
  n: number,
): void {
  for (let i = 0; i < n; i++) {
    let e0 = 0,
      e1 = 0,
      e2 = 0,
      e3 = 0,
      e4 = 0,
      e5 = 0,
      e6 = 0,
      e7 = 0,
      e8 = 0,
      e9 = 0,
      e10 = 0,
      e11 = 0,
      e12 = 0,
      e13 = 0,
      e14 = 0,
      e15 = 0,
      e16 = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const r = ids[k]! * 17;
      e0 += w[r + 0]!;
      e1 += w[r + 1]!;
      e2 += w[r + 2]!;
      e3 += w[r + 3]!;
      e4 += w[r + 4]!;
      e5 += w[r + 5]!;
      e6 += w[r + 6]!;
      e7 += w[r + 7]!;
      e8 += w[r + 8]!;
      e9 += w[r + 9]!;
      e10 += w[r + 10]!;
      e11 += w[r + 11]!;
      e12 += w[r + 12]!;
      e13 += w[r + 13]!;
      e14 += w[r + 14]!;
      e15 += w[r + 15]!;
      e16 += w[r + 16]!;
    }
    const b = i * 17;
    emit[b + 0] = e0;
    emit[b + 1] = e1;
    emit[b + 2] = e2;
    emit[b + 3] = e3;
    emit[b + 4] = e4;
    emit[b + 5] = e5;
    emit[b + 6] = e6;
    emit[b + 7] = e7;
    emit[b + 8] = e8;
    emit[b + 9] = e9;
    emit[b + 10] = e10;
    emit[b + 11] = e11;
    emit[b + 12] = e12;
    emit[b + 13] = e13;
    emit[b + 14] = e14;
    emit[b + 15] = e15;
    emit[b + 16] = e16;
  }
}
