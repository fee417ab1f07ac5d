import { IntIndex } from "./feature-hash";

/** A sparse multi-class linear model: each feature key holds weights for a few classes. */

export type FeatureKey = string | number;

/** The serialized form: weights of feature `keys[i]` are `weights[offsets[i]..offsets[i+1])` for `classIds` alike. */
export interface LinearModelData<K extends FeatureKey> {
  classCount: number;
  keys: K[];
  offsets: number[];
  classIds: number[];
  /** Weights times `scale`, rounded to integers (compact JSON). */
  weights: number[];
  scale: number;
}

export class LinearModel<K extends FeatureKey> {
  readonly classCount: number;
  private readonly index: { get(key: K): number | undefined };
  private readonly offsets: Int32Array;
  private readonly classIds: Uint16Array;
  private readonly weights: Float32Array;

  constructor(data: LinearModelData<K>) {
    this.classCount = data.classCount;
    // Integer keys (hashed features) get a flat open-addressing table, which is several times faster than a Map.
    if (data.keys.every((k) => typeof k === "number")) {
      const table = new IntIndex(data.keys as number[]);
      this.index = { get: (key: K) => table.get(key as number) };
    } else this.index = new Map(data.keys.map((k, i) => [k, i]));
    this.offsets = Int32Array.from(data.offsets);
    this.classIds = Uint16Array.from(data.classIds);
    this.weights = Float32Array.from(data.weights, (w) => w / data.scale);
  }

  /** Adds the weights of `key` (if known) to `scores`. */
  add(key: K, scores: Float64Array): void {
    const i = this.index.get(key);
    if (i === undefined || i < 0) return;
    for (let j = this.offsets[i]!, end = this.offsets[i + 1]!; j < end; j++) {
      scores[this.classIds[j]!]! += this.weights[j]!;
    }
  }

  has(key: K): boolean {
    const i = this.index.get(key);
    return i !== undefined && i >= 0;
  }
}
