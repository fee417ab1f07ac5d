/** A multi-class linear model over hashed integer features, stored sparsely: a feature holds a few classes. */

export type FeatureKey = number;

/** The serialized form: weights of feature `keys[i]` are `weights[offsets[i]..offsets[i+1])` for `classIds` alike. */
export interface LinearModelData<K extends FeatureKey = number> {
  classCount: number;
  keys: K[];
  offsets: number[];
  classIds: number[];
  /** Weights times `scale`, rounded to integers (compact JSON). */
  weights: number[];
  scale: number;
}

/** Below this many classes every feature gets a dense row: faster than walking class ids. */
const DENSE_BELOW = 8;
/** Sparse slots: key, then first entry and entry count packed (8 bytes, so a slot never straddles cache lines). */
const SPARSE_STRIDE = 2;
const COUNT_BITS = 8;
const EMPTY = -1;

function slotOf(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
}

/**
 * The weight tables are far larger than the CPU caches, so scoring is bound by memory latency, not
 * arithmetic. Every table lookup is laid out to touch as few cache lines as possible, and `score` first
 * touches the slots of all features in a loop without dependent branches, so the processor fetches many
 * of them at once instead of waiting for each in turn. Weights are summed in float64; they are multiples of
 * 1/scale above the pruning threshold, so the sums are exact and do not depend on the order of features.
 */
export class LinearModel {
  readonly classCount: number;
  private readonly mask: number;
  /** Dense (few classes): slot = key followed by the weights of every class, viewed as int32 and float32. */
  private readonly denseKeys: Int32Array;
  private readonly denseWeights: Float32Array;
  private readonly stride: number;
  /** Sparse: slots of SPARSE_STRIDE int32, and entries as (class id, weight) pairs, viewed both ways. */
  private readonly sparseSlots: Int32Array;
  private readonly entryClasses: Int32Array;
  private readonly entryWeights: Float32Array;
  private slotScratch = new Int32Array(256);
  /** Keeps the touching loads observable, so the compiler cannot drop them. */
  private touched = 0;

  constructor(data: LinearModelData) {
    this.classCount = data.classCount;
    let size = 16;
    while (size < data.keys.length * 2) size *= 2;
    this.mask = size - 1;
    if (data.classCount < DENSE_BELOW) {
      this.stride = data.classCount + 1;
      const buffer = new ArrayBuffer(size * this.stride * 4);
      this.denseKeys = new Int32Array(buffer);
      this.denseWeights = new Float32Array(buffer);
      for (let s = 0; s < size; s++) this.denseKeys[s * this.stride] = EMPTY;
      data.keys.forEach((key, i) => {
        let s = slotOf(key, this.mask);
        while (this.denseKeys[s * this.stride] !== EMPTY) s = (s + 1) & this.mask;
        this.denseKeys[s * this.stride] = key;
        for (let j = data.offsets[i]!; j < data.offsets[i + 1]!; j++) {
          this.denseWeights[s * this.stride + 1 + data.classIds[j]!] = data.weights[j]! / data.scale;
        }
      });
      this.sparseSlots = new Int32Array(0);
      this.entryClasses = new Int32Array(0);
      this.entryWeights = new Float32Array(0);
    } else {
      if (data.classCount >= 1 << COUNT_BITS || 2 * data.weights.length >= 1 << (31 - COUNT_BITS)) {
        throw new Error("linear-model: too many classes or weights for the sparse table");
      }
      this.stride = SPARSE_STRIDE;
      this.sparseSlots = new Int32Array(size * SPARSE_STRIDE).fill(EMPTY);
      const entries = new ArrayBuffer(data.weights.length * 8);
      this.entryClasses = new Int32Array(entries);
      this.entryWeights = new Float32Array(entries);
      for (let j = 0; j < data.weights.length; j++) {
        this.entryClasses[2 * j] = data.classIds[j]!;
        this.entryWeights[2 * j + 1] = data.weights[j]! / data.scale;
      }
      data.keys.forEach((key, i) => {
        let s = slotOf(key, this.mask);
        while (this.sparseSlots[s * SPARSE_STRIDE] !== EMPTY) s = (s + 1) & this.mask;
        this.sparseSlots[s * SPARSE_STRIDE] = key;
        this.sparseSlots[s * SPARSE_STRIDE + 1] =
          ((2 * data.offsets[i]!) << COUNT_BITS) | (data.offsets[i + 1]! - data.offsets[i]!);
      });
      this.denseKeys = new Int32Array(0);
      this.denseWeights = new Float32Array(0);
    }
  }

  /** Adds the weights of the first `count` keys (those known) to `scores`. */
  score(keys: ArrayLike<number>, count: number, scores: Float64Array): void {
    if (this.slotScratch.length < count) this.slotScratch = new Int32Array(count * 2);
    if (this.denseKeys.length === 0) this.scoreSparse(keys, count, scores);
    // Dispatched here, not in scoreDense: a call fewer on the parser's innermost path.
    else if (this.classCount === 3) this.scoreThree(keys, count, scores);
    else this.scoreDense(keys, count, scores);
  }

  private scoreDense(keys: ArrayLike<number>, count: number, scores: Float64Array): void {
    const table = this.denseKeys;
    const weights = this.denseWeights;
    const stride = this.stride;
    const mask = this.mask;
    const slots = this.slotScratch;
    let touched = 0;
    for (let i = 0; i < count; i++) {
      const s = slotOf(keys[i]!, mask);
      slots[i] = s;
      touched ^= table[s * stride]!;
    }
    this.touched = touched;
    const classCount = this.classCount;
    for (let i = 0; i < count; i++) {
      const key = keys[i]!;
      let s = slots[i]!;
      for (;;) {
        const k = table[s * stride]!;
        if (k === key) break;
        if (k === EMPTY) {
          s = -1;
          break;
        }
        s = (s + 1) & mask;
      }
      if (s < 0) continue;
      const base = s * stride + 1;
      for (let c = 0; c < classCount; c++) scores[c]! += weights[base + c]!;
    }
  }

  /**
   * The parser's transitions, its innermost loop: slots of 4 (key and three weights) addressed by shifts,
   * and the sums kept in locals until the end. Every partial sum is exact (see the class comment), so
   * adding them to `scores` at the end gives the same numbers as adding weight by weight. Written out
   * rather than shared with the general path (an ad-hoc replay of 400 articles' keys in session 13: 11–23 %
   * less CPU per key when the table is in cache, 4–9 % from memory; docs/quality.md).
   */
  private scoreThree(keys: ArrayLike<number>, count: number, scores: Float64Array): void {
    const table = this.denseKeys;
    const weights = this.denseWeights;
    const mask = this.mask;
    const slots = this.slotScratch;
    let touched = 0;
    for (let i = 0; i < count; i++) {
      const s = slotOf(keys[i]!, mask);
      slots[i] = s;
      touched ^= table[s << 2]!;
    }
    this.touched = touched;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    for (let i = 0; i < count; i++) {
      const key = keys[i]!;
      let s = slots[i]!;
      for (;;) {
        const k = table[s << 2]!;
        if (k === key) break;
        if (k === EMPTY) {
          s = -1;
          break;
        }
        s = (s + 1) & mask;
      }
      if (s < 0) continue;
      const base = (s << 2) + 1;
      s0 += weights[base]!;
      s1 += weights[base + 1]!;
      s2 += weights[base + 2]!;
    }
    scores[0]! += s0;
    scores[1]! += s1;
    scores[2]! += s2;
  }

  private scoreSparse(keys: ArrayLike<number>, count: number, scores: Float64Array): void {
    const table = this.sparseSlots;
    const mask = this.mask;
    const slots = this.slotScratch;
    let touched = 0;
    for (let i = 0; i < count; i++) {
      const s = slotOf(keys[i]!, mask);
      slots[i] = s;
      touched ^= table[s * SPARSE_STRIDE]!;
    }
    // Second pass: find each key's slot and touch its first entry; the third pass sums.
    const classes = this.entryClasses;
    let found = 0;
    for (let i = 0; i < count; i++) {
      const key = keys[i]!;
      let s = slots[i]!;
      for (;;) {
        const k = table[s * SPARSE_STRIDE]!;
        if (k === key) break;
        if (k === EMPTY) {
          s = -1;
          break;
        }
        s = (s + 1) & mask;
      }
      if (s < 0) continue;
      slots[found++] = s;
      touched ^= classes[table[s * SPARSE_STRIDE + 1]! >>> COUNT_BITS]!;
    }
    this.touched = touched;
    const weights = this.entryWeights;
    for (let i = 0; i < found; i++) {
      const packed = table[slots[i]! * SPARSE_STRIDE + 1]!;
      const start = packed >>> COUNT_BITS;
      for (let j = start, end = start + 2 * (packed & ((1 << COUNT_BITS) - 1)); j < end; j += 2)
        scores[classes[j]!]! += weights[j + 1]!;
    }
  }
}
