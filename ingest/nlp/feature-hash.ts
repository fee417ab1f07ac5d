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
