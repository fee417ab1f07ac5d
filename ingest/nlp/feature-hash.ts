/**
 * 30-bit feature keys from a template number and up to four small integer atoms. Keys stay small integers
 * (V8 Smis), so hashing them is cheap; with ~10^6 features the chance of a collision costs nothing measurable.
 */
export function hashFeature(template: number, a: number, b = 0, c = 0, d = 0): number {
  let h = Math.imul(template ^ 0x2545f491, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h ^ b, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h ^ c, 0x27d4eb2f);
  h ^= h >>> 15;
  h = Math.imul(h ^ d, 0x165667b1);
  h ^= h >>> 13;
  return h & 0x3fffffff;
}

/** Open-addressing table from non-negative integer keys to their position in the key list. */
export class IntIndex {
  private readonly slots: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(keys: readonly number[]) {
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    this.values = new Int32Array(size);
    keys.forEach((key, i) => {
      let s = Math.imul(key, 0x9e3779b1) >>> 0;
      s &= this.mask;
      while (this.slots[s] !== -1) s = (s + 1) & this.mask;
      this.slots[s] = key;
      this.values[s] = i;
    });
  }

  get(key: number): number {
    let s = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const k = this.slots[s]!;
      if (k === key) return this.values[s]!;
      if (k === -1) return -1;
      s = (s + 1) & this.mask;
    }
  }
}
