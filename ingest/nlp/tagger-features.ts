import { CLUSTER_PREFIX_COUNT, lookupCluster, type ClusterTable } from "./cluster-table";
import { hashFeature as h } from "./feature-hash";

/**
 * Feature extraction for the greedy POS tagger (after Honnibal's averaged-perceptron tagger). Strings are
 * hashed once per word; the features themselves are integer hashes of those, so no strings are built.
 */

export interface TaggerContext {
  form: Int32Array;
  lower: Int32Array;
  shape: Int32Array;
  /** Suffixes of 1-4 and prefixes of 1-3 characters of the lower-cased word (0 when as long as the word). */
  suffix: Int32Array[];
  prefix: Int32Array[];
  suffix3: Int32Array;
  hyphen: Uint8Array;
  /** Hashed word-cluster path prefixes (coarse to full), 0 for words without a cluster. */
  cluster: Int32Array[];
}

const START = 1;
const END = 2;

/** FNV-1a, 30 bits: a stable id for any string (3 and above, so ids 0-2 stay free for markers). */
export function hashString(s: string): number {
  let x = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), 0x01000193);
  return ((x >>> 0) & 0x3fffffff) | 3;
}

export function taggerContext(words: readonly string[], clusters?: ClusterTable): TaggerContext {
  const n = words.length;
  const ctx: TaggerContext = {
    form: new Int32Array(n),
    lower: new Int32Array(n),
    shape: new Int32Array(n),
    suffix: [new Int32Array(n), new Int32Array(n), new Int32Array(n), new Int32Array(n)],
    prefix: [new Int32Array(n), new Int32Array(n), new Int32Array(n)],
    suffix3: new Int32Array(n),
    hyphen: new Uint8Array(n),
    cluster: Array.from({ length: clusters ? CLUSTER_PREFIX_COUNT : 0 }, () => new Int32Array(n)),
  };
  for (let i = 0; i < n; i++) {
    const word = words[i]!;
    const form = normalizeNumber(word);
    const lower = form.toLowerCase();
    const length = lower.length;
    ctx.form[i] = hashString(form);
    ctx.lower[i] = hashString(lower);
    ctx.shape[i] = shapeHash(word);
    // Hashed in place: slicing every affix was a fifth of the tagger's time.
    for (let k = 1; k <= 4; k++)
      ctx.suffix[k - 1]![i] = k < length ? hashRange(lower, length - k, length) : 0;
    for (let k = 1; k <= 3; k++) ctx.prefix[k - 1]![i] = k < length ? hashRange(lower, 0, k) : 0;
    ctx.suffix3[i] = hashRange(lower, Math.max(0, length - 3), length);
    ctx.hyphen[i] = lower.includes("-") ? 1 : 0;
    const cluster = clusters && lookupCluster(clusters, word);
    if (cluster) for (let k = 0; k < cluster.length; k++) ctx.cluster[k]![i] = cluster[k]!;
  }
  return ctx;
}

/** hashString(s.slice(from, to)) without the slice. */
function hashRange(s: string, from: number, to: number): number {
  let x = 0x811c9dc5;
  for (let i = from; i < to; i++) x = Math.imul(x ^ s.charCodeAt(i), 0x01000193);
  return ((x >>> 0) & 0x3fffffff) | 3;
}

/** hashString(wordShape(word)), computed directly for ASCII words (nearly all of them). */
function shapeHash(word: string): number {
  const long = word.length > 12;
  let x = 0x811c9dc5;
  let last = -1;
  for (let i = 0; i < (long ? 12 : word.length); i++) {
    const code = word.charCodeAt(long && i >= 6 ? word.length - 12 + i : i);
    if (code >= 128) return hashString(wordShape(word));
    const c =
      code >= 65 && code <= 90 ? 88 : code >= 97 && code <= 122 ? 120 : code >= 48 && code <= 57 ? 100 : code;
    if (c !== last) x = Math.imul(x ^ c, 0x01000193);
    last = c;
  }
  return ((x >>> 0) & 0x3fffffff) | 3;
}

/** Numbers share a few forms so that "1,250" and "3.75" look alike to the tagger. */
function normalizeNumber(word: string): string {
  // Same as /^\d{4}$/ → !YEAR, /^[\d.,:/-]*\d[\d.,:/-]*$/ → !NUM, without running regular expressions.
  let digits = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
    // . , : / -
    else if (code !== 46 && code !== 44 && code !== 58 && code !== 47 && code !== 45) return word;
  }
  if (digits === 0) return word;
  return digits === 4 && word.length === 4 ? "!YEAR" : "!NUM";
}

/** Xx, x.x, dd …: character classes with runs collapsed. */
export function wordShape(word: string): string {
  let shape = "";
  let last = "";
  for (const ch of word.length > 12 ? word.slice(0, 6) + word.slice(-6) : word) {
    const code = ch.charCodeAt(0);
    // ASCII first: the Unicode regular expressions are slow and most characters are ASCII.
    const c =
      code >= 65 && code <= 90
        ? "X"
        : code >= 97 && code <= 122
          ? "x"
          : code >= 48 && code <= 57
            ? "d"
            : code < 128
              ? ch
              : /\p{Lu}/u.test(ch)
                ? "X"
                : /\p{Ll}/u.test(ch)
                  ? "x"
                  : /\p{Nd}/u.test(ch)
                    ? "d"
                    : ch;
    if (c !== last) shape += c;
    last = c;
  }
  return shape;
}

/** values[j], or the marker of the sentence start or end in the direction of reading (`step`). */
function at(values: Int32Array, j: number, step: number): number {
  if (j < 0) return step > 0 ? START : END;
  if (j >= values.length) return step > 0 ? END : START;
  return values[j]!;
}

/**
 * Features of word i given the two previous labels (label index + 3, or START). Fills `out`. With
 * `step` −1 the sentence is read right to left: the same features as for the reversed sentence (the
 * right-to-left tagger's), without reversing the context.
 */
export function taggerFeatures(
  ctx: TaggerContext,
  i: number,
  prev: number,
  prev2: number,
  out: number[],
  step: 1 | -1 = 1,
): void {
  out.length = 0;
  wordFeatures(ctx, i, out);
  contextFeatures(ctx, i, prev, prev2, out, step);
}

/**
 * The features of word i that depend on nothing but the word itself, so a tagger can cache their
 * scores per word. Appends. (Suffix k exists only when the shorter ones do, so its template is fixed.)
 */
export function wordFeatures(ctx: TaggerContext, i: number, out: number[]): void {
  out.push(h(1, 0), h(2, ctx.form[i]!), h(3, ctx.lower[i]!), h(4, ctx.shape[i]!));
  for (let k = 0; k < 4; k++) if (ctx.suffix[k]![i] !== 0) out.push(h(20 + k, ctx.suffix[k]![i]!));
  for (let k = 0; k < 3; k++) if (ctx.prefix[k]![i] !== 0) out.push(h(31 + k, ctx.prefix[k]![i]!));
  if (ctx.hyphen[i] === 1) out.push(h(41, 1));
  for (let k = 0; k < ctx.cluster.length; k++) out.push(h(50 + k, ctx.cluster[k]![i]!));
}

/** The features of word i that look at its neighbours or the previous labels. Appends. */
export function contextFeatures(
  ctx: TaggerContext,
  i: number,
  prev: number,
  prev2: number,
  out: number[],
  step: 1 | -1,
): void {
  labelFeatures(ctx, i, prev, prev2, out, step);
  for (const offset of NEIGHBOUR_OFFSETS) neighbourFeatures(ctx, i + offset * step, offset, step, out);
  pairFeatures(ctx, i, out, step);
}

/** Offsets (in the direction of reading) of the neighbours whose features depend on that neighbour alone. */
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;
export type NeighbourOffset = (typeof NEIGHBOUR_OFFSETS)[number];

/** The features of word i that depend on the previous labels. Appends. */
export function labelFeatures(
  ctx: TaggerContext,
  i: number,
  prev: number,
  prev2: number,
  out: number[],
  step: 1 | -1,
): void {
  previousLabelFeatures(prev, prev2, out);
  labelWordFeatures(ctx, i, prev, out, step);
}

/** The features of the two previous labels alone (the same for every word). Appends. */
export function previousLabelFeatures(prev: number, prev2: number, out: number[]): void {
  out.push(h(5, prev), h(6, prev2), h(7, prev, prev2));
}

/** The features of word i that pair the previous label with a word. Appends. */
export function labelWordFeatures(
  ctx: TaggerContext,
  i: number,
  prev: number,
  out: number[],
  step: 1 | -1,
): void {
  out.push(h(8, prev, ctx.lower[i]!), h(19, prev, at(ctx.lower, i + step, step)));
  if (ctx.cluster.length > 0) out.push(h(60, ctx.cluster[0]![i]!, prev));
}

/**
 * The features of a word that come from its neighbour j, `offset` places away in the direction of reading:
 * they depend on word j alone (or on the sentence boundary when j is outside), so a tagger can cache their
 * scores per word. Appends.
 */
export function neighbourFeatures(
  ctx: TaggerContext,
  j: number,
  offset: NeighbourOffset,
  step: 1 | -1,
  out: number[],
): void {
  const full = ctx.cluster.length - 1;
  if (offset === -1) {
    out.push(h(9, at(ctx.lower, j, step)), h(13, at(ctx.suffix3, j, step)), h(15, at(ctx.shape, j, step)));
    // Word clusters from unlabelled news: rare and unseen words get the tags of words used like them.
    if (full >= 0) out.push(h(61, at(ctx.cluster[full]!, j, step)));
  } else if (offset === 1) {
    out.push(h(11, at(ctx.lower, j, step)), h(14, at(ctx.suffix3, j, step)), h(16, at(ctx.shape, j, step)));
    if (full >= 0) out.push(h(62, at(ctx.cluster[full]!, j, step)));
  } else out.push(h(offset === -2 ? 10 : 12, at(ctx.lower, j, step)));
}

/** The features of word i that pair it with a neighbour, or mark it first in the direction of reading. Appends. */
export function pairFeatures(ctx: TaggerContext, i: number, out: number[], step: 1 | -1): void {
  const l = ctx.lower[i]!;
  out.push(h(17, at(ctx.lower, i - step, step), l), h(18, l, at(ctx.lower, i + step, step)));
  if (i === (step > 0 ? 0 : ctx.shape.length - 1)) out.push(h(40, ctx.shape[i]!));
  if (ctx.cluster.length > 0) out.push(h(63, at(ctx.cluster[1]!, i + step, step), ctx.cluster[1]![i]!));
}
