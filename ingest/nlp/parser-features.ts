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
  /** Whether the transition model sees the labels of attached dependents (models trained with them). */
  labelFeatures?: boolean;
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

/**
 * The features fall into three groups, so that the parser can score the first two once and reuse them:
 * those of the stack alone (fixed while s0 stays on the stack: nothing below it can change), those of the
 * buffer alone (fixed while the buffer front stays), and the rest. Template numbers are part of the model.
 */
export function parserFeatures(state: ParserState, sent: ParserSentence, out: number[]): void {
  out.length = 0;
  stackFeatures(state, sent, out);
  bufferFeatures(state, sent, out);
  configurationFeatures(state, sent, out);
}

/** Features of s0, s1 and s2 without their dependents: one value per s0 for the whole parse. Appends. */
export function stackFeatures(state: ParserState, sent: ParserSentence, out: number[]): void {
  const { words, tags, upos } = sent;
  const s0 = state.s(0);
  const s1 = state.s(1);
  const s0w = at(words, s0);
  const s0p = at(tags, s0);
  const s0u = at(upos, s0);
  const s1w = at(words, s1);
  const s1p = at(tags, s1);
  const s1u = at(upos, s1);
  const s2p = at(tags, state.s(2));
  const dist10 = s1 >= 0 && s0 >= 0 ? Math.min(s0 - s1, 15) : 0;
  out.push(
    h(1, s0w),
    h(2, s0p),
    h(3, s0w, s0p),
    h(4, s1w),
    h(5, s1p),
    h(6, s1w, s1p),
    h(16, s2p),
    h(28, s1w, s1p, s0w, s0p),
    h(29, s1w, s0w),
    h(30, s1p, s0p),
    h(31, s1u, s0u),
    h(32, s1p, s0w, s0p),
    h(33, s1w, s1p, s0p),
    h(40, s2p, s1p, s0p),
    h(54, s1p, s0p, dist10),
    h(55, s1w, dist10),
    h(56, s0w, dist10),
  );
  if (sent.clusters === undefined) return;
  const [c4, c8, cf] = sent.clusters as [Int32Array, Int32Array, Int32Array];
  out.push(
    h(101, at(cf, s0)),
    h(104, at(cf, s1)),
    h(111, at(c4, s1), at(c4, s0)),
    h(112, at(c8, s1), s0p),
    h(113, s1p, at(c8, s0)),
  );
}

/** Features of b0, b1 and b2 without their dependents: one value per buffer front. Appends. */
export function bufferFeatures(state: ParserState, sent: ParserSentence, out: number[]): void {
  const { words, tags, upos } = sent;
  const b0 = state.b(0);
  const b1 = state.b(1);
  const b2 = state.b(2);
  const b0w = at(words, b0);
  const b0p = at(tags, b0);
  const b1w = at(words, b1);
  const b1p = at(tags, b1);
  const b2w = at(words, b2);
  const b2p = at(tags, b2);
  out.push(
    h(7, b0w),
    h(8, b0p),
    h(9, b0w, b0p),
    h(10, b1w),
    h(11, b1p),
    h(12, b1w, b1p),
    h(13, b2w),
    h(14, b2p),
    h(15, b2w, b2p),
    h(25, b0p, b1p),
    h(26, at(upos, b0), at(upos, b1)),
    h(27, b0w, b1w),
    h(35, b0p, b1p, b2p),
  );
  if (sent.clusters === undefined) return;
  const cf = sent.clusters[2]!;
  out.push(h(102, at(cf, b0)), h(103, at(cf, b1)));
}

/** Features that join the stack and the buffer, or look at dependents and valencies. Appends. */
export function configurationFeatures(state: ParserState, sent: ParserSentence, out: number[]): void {
  const { words, tags, upos } = sent;
  const s0 = state.s(0);
  const s1 = state.s(1);
  const b0 = state.b(0);
  const b1 = state.b(1);
  const s0w = at(words, s0);
  const s0p = at(tags, s0);
  const s0u = at(upos, s0);
  const s1w = at(words, s1);
  const s1p = at(tags, s1);
  const s1u = at(upos, s1);
  const b0w = at(words, b0);
  const b0p = at(tags, b0);
  const b0u = at(upos, b0);
  const b1p = at(tags, b1);
  const b1u = at(upos, b1);
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
  const s0l2p = at(tags, child(state.l2, s0));
  const s0r2p = at(tags, child(state.r2, s0));
  const b0l2p = at(tags, child(state.l2, b0));
  const dist = s0 >= 0 && b0 >= 0 ? Math.min(b0 - s0, 15) : 0;
  const s0vl = s0 >= 0 ? Math.min(state.leftCount[s0]!, 15) : 0;
  const s0vr = s0 >= 0 ? Math.min(state.rightCount[s0]!, 15) : 0;
  const s1vr = s1 >= 0 ? Math.min(state.rightCount[s1]!, 15) : 0;
  const b0vl = b0 >= 0 ? Math.min(state.leftCount[b0]!, 15) : 0;
  out.push(
    // Pairs.
    h(17, s0w, s0p, b0w, b0p),
    h(18, s0w, s0p, b0w),
    h(19, s0w, b0w, b0p),
    h(20, s0w, s0p, b0p),
    h(21, s0p, b0w, b0p),
    h(22, s0w, b0w),
    h(23, s0p, b0p),
    h(24, s0u, b0u),
    h(34, s1w, s0w, b0w),
    // Triples of tags.
    h(36, s0p, b0p, b1p),
    h(37, s0u, b0u, b1u),
    h(38, s1p, s0p, b0p),
    h(39, s1u, s0u, b0u),
    h(41, s0p, s0lp, b0p),
    h(42, s0p, s0rp, b0p),
    h(43, s0p, b0p, b0lp),
    h(44, s1p, s0p, s0lp),
    h(45, s1p, s0p, s0rp),
    h(46, s1p, s1rp, s0p),
    h(47, s1p, s1lp, s0p),
    // Distance.
    h(48, s0w, dist),
    h(49, s0p, dist),
    h(50, b0w, dist),
    h(51, b0p, dist),
    h(52, s0w, b0w, dist),
    h(53, s0p, b0p, dist),
    h(57, s1u, s0u, b0u, dist),
    // Valency.
    h(58, s0w, s0vr),
    h(59, s0p, s0vr),
    h(60, s0w, s0vl),
    h(61, s0p, s0vl),
    h(62, b0w, b0vl),
    h(63, b0p, b0vl),
    h(64, s1p, s1vr),
    h(65, s1w, s1vr),
    // Children.
    h(66, at(words, s0l)),
    h(67, s0lp),
    h(68, at(words, s0r)),
    h(69, s0rp),
    h(70, s0l2p),
    h(71, s0r2p),
    h(72, at(words, b0l)),
    h(73, b0lp),
    h(74, b0l2p),
    h(75, at(words, s1r)),
    h(76, s1rp),
    h(77, s0p, s0lp, s0l2p),
    h(78, s0p, s0rp, s0r2p),
    h(79, b0p, b0lp, b0l2p),
    // Children words with the pair they may join (prepositions, auxiliaries, determiners).
    h(80, at(words, s0r), s0p, b0p),
    h(81, at(words, b0l), s0p, b0p),
    h(82, at(words, s0l), s0p, b0p),
    h(83, at(words, s1r), s1p, s0p),
  );
  if (sent.labelFeatures === true) {
    // Zhang & Nivre's label features: labels of the outermost dependents and the label sets.
    const labels = state.labels;
    out.push(
      h(120, s0p, at(labels, s0l)),
      h(121, s0p, at(labels, s0r)),
      h(122, b0p, at(labels, b0l)),
      h(123, at(labels, child(state.l2, s0))),
      h(124, at(labels, child(state.r2, s0))),
      h(125, at(labels, child(state.l2, b0))),
      h(126, s1p, at(labels, s1r)),
      h(127, s0w, at(state.rightLabelsLow, s0), at(state.rightLabelsHigh, s0)),
      h(128, s0p, at(state.rightLabelsLow, s0), at(state.rightLabelsHigh, s0)),
      h(129, s0w, at(state.leftLabelsLow, s0), at(state.leftLabelsHigh, s0)),
      h(130, s0p, at(state.leftLabelsLow, s0), at(state.leftLabelsHigh, s0)),
      h(131, b0w, at(state.leftLabelsLow, b0), at(state.leftLabelsHigh, b0)),
      h(132, b0p, at(state.leftLabelsLow, b0), at(state.leftLabelsHigh, b0)),
      h(133, s0p, b0p, at(state.leftLabelsLow, s0), at(state.leftLabelsHigh, s0)),
    );
  }
  if (sent.clusters === undefined) return;
  // Word clusters (Koo et al. 2008): coarse prefixes stand in for tags, full paths for rare words.
  const [c4, c8, cf] = sent.clusters as [Int32Array, Int32Array, Int32Array];
  const s0c4 = at(c4, s0);
  const b0c4 = at(c4, b0);
  const s0c8 = at(c8, s0);
  const b0c8 = at(c8, b0);
  out.push(
    h(105, s0c4, b0c4),
    h(106, s0c8, b0c8),
    h(107, at(cf, s0), b0p),
    h(108, s0p, at(cf, b0)),
    h(109, s0c8, b0p, b1p),
    h(110, s0p, b0c8, b1p),
    h(114, s0c4, b0c4, at(c4, b1)),
    h(115, s0c8, b0c8, dist),
    h(116, at(c8, s0r), s0p, b0p),
    h(117, at(c8, b0l), s0p, b0p),
    h(118, s0c4, b0c4, s0p, b0p),
  );
}
