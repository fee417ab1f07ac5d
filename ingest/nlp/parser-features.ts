import { hashFeature as h } from "./feature-hash";
import type { ParserState } from "./parser-state";

/**
 * Zhang & Nivre (2011)-style features for the arc-hybrid parser (no label features: labels come later),
 * with fine (XPOS) and coarse (UPOS) tags, hashed to integer keys.
 */

/** Per-sentence atoms; index 0 is the root. */
export interface ParserSentence {
  words: Int32Array;
  tags: Int32Array;
  upos: Int32Array;
  /** Hashed word-cluster path prefixes (4 bits, 8 bits, full path), when the model was trained with them. */
  clusters?: readonly Int32Array[];
}

export const NO_WORD = 0;
export const UNKNOWN_WORD = 1;
export const ROOT_WORD = 2;
export const NO_TAG = 0;
export const ROOT_TAG = 1;
/** The root's cluster (words without a cluster have 0; cluster hashes are 3 and above). */
export const ROOT_CLUSTER = 1;

// Plain functions, not closures: this runs for every transition, and tsx wraps each closure it creates.
function at(values: Int32Array, i: number): number {
  return i < 0 ? 0 : values[i]!;
}

function child(children: Int32Array, i: number): number {
  return i < 0 ? -1 : children[i]!;
}

export function parserFeatures(state: ParserState, sent: ParserSentence, out: number[]): void {
  out.length = 0;
  const { words, tags, upos } = sent;
  const s0 = state.s(0);
  const s1 = state.s(1);
  const s2 = state.s(2);
  const b0 = state.b(0);
  const b1 = state.b(1);
  const b2 = state.b(2);
  const s0w = at(words, s0);
  const s0p = at(tags, s0);
  const s0u = at(upos, s0);
  const s1w = at(words, s1);
  const s1p = at(tags, s1);
  const s1u = at(upos, s1);
  const s2p = at(tags, s2);
  const b0w = at(words, b0);
  const b0p = at(tags, b0);
  const b0u = at(upos, b0);
  const b1w = at(words, b1);
  const b1p = at(tags, b1);
  const b1u = at(upos, b1);
  const b2w = at(words, b2);
  const b2p = at(tags, b2);
  const s0l = child(state.l1, s0);
  const s0r = child(state.r1, s0);
  const s1l = child(state.l1, s1);
  const s1r = child(state.r1, s1);
  const b0l = child(state.l1, b0);
  const s0lp = at(tags, s0l);
  const s0rp = at(tags, s0r);
  const s1lp = at(tags, s1l);
  const s1rp = at(tags, s1r);
  const b0lp = at(tags, b0l);
  const dist = s0 >= 0 && b0 >= 0 ? Math.min(b0 - s0, 15) : 0;
  const dist10 = s1 >= 0 && s0 >= 0 ? Math.min(s0 - s1, 15) : 0;
  const s0vl = s0 >= 0 ? Math.min(state.leftCount[s0]!, 15) : 0;
  const s0vr = s0 >= 0 ? Math.min(state.rightCount[s0]!, 15) : 0;
  const s1vr = s1 >= 0 ? Math.min(state.rightCount[s1]!, 15) : 0;
  const b0vl = b0 >= 0 ? Math.min(state.leftCount[b0]!, 15) : 0;

  let t = 0;
  out.push(
    // Single items.
    h(++t, s0w),
    h(++t, s0p),
    h(++t, s0w, s0p),
    h(++t, s1w),
    h(++t, s1p),
    h(++t, s1w, s1p),
    h(++t, b0w),
    h(++t, b0p),
    h(++t, b0w, b0p),
    h(++t, b1w),
    h(++t, b1p),
    h(++t, b1w, b1p),
    h(++t, b2w),
    h(++t, b2p),
    h(++t, b2w, b2p),
    h(++t, s2p),
    // Pairs.
    h(++t, s0w, s0p, b0w, b0p),
    h(++t, s0w, s0p, b0w),
    h(++t, s0w, b0w, b0p),
    h(++t, s0w, s0p, b0p),
    h(++t, s0p, b0w, b0p),
    h(++t, s0w, b0w),
    h(++t, s0p, b0p),
    h(++t, s0u, b0u),
    h(++t, b0p, b1p),
    h(++t, b0u, b1u),
    h(++t, b0w, b1w),
    h(++t, s1w, s1p, s0w, s0p),
    h(++t, s1w, s0w),
    h(++t, s1p, s0p),
    h(++t, s1u, s0u),
    h(++t, s1p, s0w, s0p),
    h(++t, s1w, s1p, s0p),
    h(++t, s1w, s0w, b0w),
    // Triples of tags.
    h(++t, b0p, b1p, b2p),
    h(++t, s0p, b0p, b1p),
    h(++t, s0u, b0u, b1u),
    h(++t, s1p, s0p, b0p),
    h(++t, s1u, s0u, b0u),
    h(++t, s2p, s1p, s0p),
    h(++t, s0p, s0lp, b0p),
    h(++t, s0p, s0rp, b0p),
    h(++t, s0p, b0p, b0lp),
    h(++t, s1p, s0p, s0lp),
    h(++t, s1p, s0p, s0rp),
    h(++t, s1p, s1rp, s0p),
    h(++t, s1p, s1lp, s0p),
    // Distance.
    h(++t, s0w, dist),
    h(++t, s0p, dist),
    h(++t, b0w, dist),
    h(++t, b0p, dist),
    h(++t, s0w, b0w, dist),
    h(++t, s0p, b0p, dist),
    h(++t, s1p, s0p, dist10),
    h(++t, s1w, dist10),
    h(++t, s0w, dist10),
    h(++t, s1u, s0u, b0u, dist),
    // Valency.
    h(++t, s0w, s0vr),
    h(++t, s0p, s0vr),
    h(++t, s0w, s0vl),
    h(++t, s0p, s0vl),
    h(++t, b0w, b0vl),
    h(++t, b0p, b0vl),
    h(++t, s1p, s1vr),
    h(++t, s1w, s1vr),
    // Children.
    h(++t, at(words, s0l)),
    h(++t, s0lp),
    h(++t, at(words, s0r)),
    h(++t, s0rp),
    h(++t, at(tags, child(state.l2, s0))),
    h(++t, at(tags, child(state.r2, s0))),
    h(++t, at(words, b0l)),
    h(++t, b0lp),
    h(++t, at(tags, child(state.l2, b0))),
    h(++t, at(words, s1r)),
    h(++t, s1rp),
    h(++t, s0p, s0lp, at(tags, child(state.l2, s0))),
    h(++t, s0p, s0rp, at(tags, child(state.r2, s0))),
    h(++t, b0p, b0lp, at(tags, child(state.l2, b0))),
    // Children words with the pair they may join (prepositions, auxiliaries, determiners).
    h(++t, at(words, s0r), s0p, b0p),
    h(++t, at(words, b0l), s0p, b0p),
    h(++t, at(words, s0l), s0p, b0p),
    h(++t, at(words, s1r), s1p, s0p),
  );
  if (sent.clusters === undefined) return;
  // Word clusters (Koo et al. 2008): coarse prefixes stand in for tags, full paths for rare words.
  const [c4, c8, cf] = sent.clusters as [Int32Array, Int32Array, Int32Array];
  const s0c4 = at(c4, s0);
  const b0c4 = at(c4, b0);
  const s0c8 = at(c8, s0);
  const b0c8 = at(c8, b0);
  const s0cf = at(cf, s0);
  const b0cf = at(cf, b0);
  t = 100;
  out.push(
    h(++t, s0cf),
    h(++t, b0cf),
    h(++t, at(cf, b1)),
    h(++t, at(cf, s1)),
    h(++t, s0c4, b0c4),
    h(++t, s0c8, b0c8),
    h(++t, s0cf, b0p),
    h(++t, s0p, b0cf),
    h(++t, s0c8, b0p, b1p),
    h(++t, s0p, b0c8, b1p),
    h(++t, at(c4, s1), s0c4),
    h(++t, at(c8, s1), s0p),
    h(++t, s1p, s0c8),
    h(++t, s0c4, b0c4, at(c4, b1)),
    h(++t, s0c8, b0c8, dist),
    h(++t, at(c8, s0r), s0p, b0p),
    h(++t, at(c8, b0l), s0p, b0p),
    h(++t, s0c4, b0c4, s0p, b0p),
  );
}
