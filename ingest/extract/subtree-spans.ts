/**
 * The first and last position of every token's subtree, from 0-based heads (-1 for the root), punctuation
 * included: for repairs of the parser's arcs, before an AnalyzedSentence exists (`relations/subtree.ts`
 * answers the same for one token of an analysed sentence).
 */
export function subtreeSpans(heads: readonly number[]): { first: number[]; last: number[] } {
  const first = heads.map((_, i) => i);
  const last = heads.map((_, i) => i);
  heads.forEach((_, i) => {
    // Walk up from every token: sentences are short, so the quadratic worst case does not matter.
    for (let h = heads[i]!, steps = 0; h >= 0 && steps < heads.length; h = heads[h]!, steps++) {
      if (i < first[h]!) first[h] = i;
      if (i > last[h]!) last[h] = i;
    }
  });
  return { first, last };
}
