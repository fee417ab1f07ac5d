import { IntIndex } from "./feature-hash";

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

export class LinearModel {
  readonly classCount: number;
  private readonly index: IntIndex | undefined;
  private readonly offsets: Int32Array;
  private readonly classIds: Uint16Array;
  private readonly weights: Float32Array;
  /**
   * Few classes: an open-addressing table whose slot holds the key and its weights side by side, so a
   * lookup touches one cache line (the parser's million features do not fit in cache).
   */
  private readonly slotKeys: Int32Array | undefined;
  private readonly slotWeights: Float32Array | undefined;
  private readonly stride: number;
  private readonly mask: number;

  constructor(data: LinearModelData) {
    this.classCount = data.classCount;
    this.offsets = Int32Array.from(data.offsets);
    this.classIds = Uint16Array.from(data.classIds);
    this.stride = data.classCount + 1;
    if (data.classCount < DENSE_BELOW) {
      let size = 16;
      while (size < data.keys.length * 2) size *= 2;
      this.mask = size - 1;
      const buffer = new ArrayBuffer(size * this.stride * 4);
      this.slotKeys = new Int32Array(buffer);
      this.slotWeights = new Float32Array(buffer);
      for (let s = 0; s < size; s++) this.slotKeys[s * this.stride] = -1;
      data.keys.forEach((key, i) => {
        let s = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
        while (this.slotKeys![s * this.stride] !== -1) s = (s + 1) & this.mask;
        this.slotKeys![s * this.stride] = key;
        for (let j = data.offsets[i]!; j < data.offsets[i + 1]!; j++) {
          this.slotWeights![s * this.stride + 1 + data.classIds[j]!] = data.weights[j]! / data.scale;
        }
      });
      this.weights = new Float32Array(0);
    } else {
      this.mask = 0;
      this.index = new IntIndex(data.keys);
      this.weights = Float32Array.from(data.weights, (w) => w / data.scale);
    }
  }

  /** Adds the weights of `key` (if known) to `scores`. */
  add(key: number, scores: Float64Array): void {
    if (this.slotKeys !== undefined) {
      const keys = this.slotKeys;
      const stride = this.stride;
      let s = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
      for (;;) {
        const k = keys[s * stride]!;
        if (k === key) break;
        if (k === -1) return;
        s = (s + 1) & this.mask;
      }
      const w = this.slotWeights!;
      for (let c = 0, base = s * stride + 1; c < this.classCount; c++) scores[c]! += w[base + c]!;
      return;
    }
    const i = this.index!.get(key);
    if (i < 0) return;
    for (let j = this.offsets[i]!, end = this.offsets[i + 1]!; j < end; j++) {
      scores[this.classIds[j]!]! += this.weights[j]!;
    }
  }
}
