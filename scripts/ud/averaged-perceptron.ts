import type { FeatureKey, LinearModelData } from "../../ingest/nlp/linear-model";

/**
 * Multi-class averaged perceptron for training. Weights are dense per feature (allocated on a feature's
 * first update) and averaged with the w − u/c trick, so an update costs O(1) per feature and class.
 */
export class AveragedPerceptron<K extends FeatureKey> {
  private readonly slots = new Map<K, number>();
  private weights: Float32Array;
  private totals: Float64Array;
  private instances = 1;

  constructor(readonly classCount: number) {
    this.weights = new Float32Array(classCount * 1024);
    this.totals = new Float64Array(classCount * 1024);
  }

  /** Scores of every class for the given features, written into `scores`. */
  score(keys: readonly K[], scores: Float64Array): void {
    scores.fill(0);
    const n = this.classCount;
    for (const key of keys) {
      const slot = this.slots.get(key);
      if (slot === undefined) continue;
      const base = slot * n;
      for (let c = 0; c < n; c++) scores[c]! += this.weights[base + c]!;
    }
  }

  /** Adds the current weights of the first `count` keys to `scores` (the run-time LinearModel's contract). */
  addScores(keys: ArrayLike<K>, count: number, scores: Float64Array): void {
    const n = this.classCount;
    for (let i = 0; i < count; i++) {
      const slot = this.slots.get(keys[i]!);
      if (slot === undefined) continue;
      const base = slot * n;
      for (let c = 0; c < n; c++) scores[c]! += this.weights[base + c]!;
    }
  }

  /** Adds `amount` to the weights of `keys` for one class (structured updates move classes one at a time). */
  add(keys: readonly K[], c: number, amount: number): void {
    for (const key of keys) {
      const base = this.slot(key) * this.classCount;
      this.weights[base + c]! += amount;
      this.totals[base + c]! += this.instances * amount;
    }
  }

  /** Marks the end of one training instance (for averaging). */
  tick(): void {
    this.instances++;
  }

  /** Moves the weights of `keys` towards `gold` and away from `predicted`, by `amount`. */
  update(keys: readonly K[], gold: number, predicted: number, amount = 1): void {
    if (gold === predicted) return;
    for (const key of keys) {
      const base = this.slot(key) * this.classCount;
      this.weights[base + gold]! += amount;
      this.totals[base + gold]! += this.instances * amount;
      this.weights[base + predicted]! -= amount;
      this.totals[base + predicted]! -= this.instances * amount;
    }
  }

  /** The averaged weights, without those whose magnitude is below `threshold`, in serializable form. */
  export(threshold: number, scale: number): LinearModelData<K> {
    const data: LinearModelData<K> = {
      classCount: this.classCount,
      keys: [],
      offsets: [0],
      classIds: [],
      weights: [],
      scale,
    };
    for (const [key, slot] of this.slots) {
      const base = slot * this.classCount;
      let kept = 0;
      for (let c = 0; c < this.classCount; c++) {
        const w = this.weights[base + c]! - this.totals[base + c]! / this.instances;
        const q = Math.round(w * scale);
        if (Math.abs(w) < threshold || q === 0) continue;
        data.classIds.push(c);
        data.weights.push(q);
        kept++;
      }
      if (kept === 0) continue;
      data.keys.push(key);
      data.offsets.push(data.classIds.length);
    }
    return data;
  }

  get featureCount(): number {
    return this.slots.size;
  }

  private slot(key: K): number {
    let slot = this.slots.get(key);
    if (slot !== undefined) return slot;
    slot = this.slots.size;
    this.slots.set(key, slot);
    if ((slot + 1) * this.classCount > this.weights.length) {
      const weights = new Float32Array(this.weights.length * 2);
      weights.set(this.weights);
      this.weights = weights;
      const totals = new Float64Array(this.totals.length * 2);
      totals.set(this.totals);
      this.totals = totals;
    }
    return slot;
  }
}
