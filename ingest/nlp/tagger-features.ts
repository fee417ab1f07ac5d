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
    suffix: [1, 2, 3, 4].map(() => new Int32Array(n)),
    prefix: [1, 2, 3].map(() => new Int32Array(n)),
    suffix3: new Int32Array(n),
    hyphen: new Uint8Array(n),
    cluster: Array.from({ length: clusters ? CLUSTER_PREFIX_COUNT : 0 }, () => new Int32Array(n)),
  };
  for (let i = 0; i < n; i++) {
    const form = normalizeNumber(words[i]!);
    const lower = form.toLowerCase();
    ctx.form[i] = hashString(form);
    ctx.lower[i] = hashString(lower);
    ctx.shape[i] = hashString(wordShape(words[i]!));
    for (let k = 1; k <= 4; k++) ctx.suffix[k - 1]![i] = k < lower.length ? hashString(lower.slice(-k)) : 0;
    for (let k = 1; k <= 3; k++) ctx.prefix[k - 1]![i] = k < lower.length ? hashString(lower.slice(0, k)) : 0;
    ctx.suffix3[i] = hashString(lower.slice(-3));
    ctx.hyphen[i] = lower.includes("-") ? 1 : 0;
    const cluster = clusters && lookupCluster(clusters, words[i]!);
    if (cluster) for (let k = 0; k < cluster.length; k++) ctx.cluster[k]![i] = cluster[k]!;
  }
  return ctx;
}

/** The context of the reversed sentence (for the right-to-left tagger), without hashing again. */
export function reverseContext(ctx: TaggerContext): TaggerContext {
  return {
    form: ctx.form.slice().reverse(),
    lower: ctx.lower.slice().reverse(),
    shape: ctx.shape.slice().reverse(),
    suffix: ctx.suffix.map((a) => a.slice().reverse()),
    prefix: ctx.prefix.map((a) => a.slice().reverse()),
    suffix3: ctx.suffix3.slice().reverse(),
    hyphen: ctx.hyphen.slice().reverse(),
    cluster: ctx.cluster.map((a) => a.slice().reverse()),
  };
}

/** Numbers share a few forms so that "1,250" and "3.75" look alike to the tagger. */
function normalizeNumber(word: string): string {
  if (/^\d{4}$/.test(word)) return "!YEAR";
  if (/^[\d.,:/-]*\d[\d.,:/-]*$/.test(word)) return "!NUM";
  return word;
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

function at(values: Int32Array, j: number): number {
  return j < 0 ? START : j >= values.length ? END : values[j]!;
}

/** Features of word i given the two previous labels (label index + 3, or START). Fills `out`. */
export function taggerFeatures(
  ctx: TaggerContext,
  i: number,
  prev: number,
  prev2: number,
  out: number[],
): void {
  out.length = 0;
  const l = ctx.lower[i]!;
  const lPrev = at(ctx.lower, i - 1);
  const lNext = at(ctx.lower, i + 1);
  let t = 0;
  out.push(
    h(++t, 0),
    h(++t, ctx.form[i]!),
    h(++t, l),
    h(++t, ctx.shape[i]!),
    h(++t, prev),
    h(++t, prev2),
    h(++t, prev, prev2),
    h(++t, prev, l),
    h(++t, lPrev),
    h(++t, at(ctx.lower, i - 2)),
    h(++t, lNext),
    h(++t, at(ctx.lower, i + 2)),
    h(++t, at(ctx.suffix3, i - 1)),
    h(++t, at(ctx.suffix3, i + 1)),
    h(++t, at(ctx.shape, i - 1)),
    h(++t, at(ctx.shape, i + 1)),
    h(++t, lPrev, l),
    h(++t, l, lNext),
    h(++t, prev, lNext),
  );
  for (let k = 0; k < 4; k++) if (ctx.suffix[k]![i] !== 0) out.push(h(++t, ctx.suffix[k]![i]!));
  t = 30;
  for (let k = 0; k < 3; k++) if (ctx.prefix[k]![i] !== 0) out.push(h(++t, ctx.prefix[k]![i]!));
  if (i === 0) out.push(h(40, ctx.shape[i]!));
  if (ctx.hyphen[i] === 1) out.push(h(41, 1));
  // Word clusters from unlabelled news: rare and unseen words get the tags of words used like them.
  const full = ctx.cluster.length - 1;
  if (full < 0) return;
  for (let k = 0; k <= full; k++) out.push(h(50 + k, ctx.cluster[k]![i]!));
  out.push(
    h(60, ctx.cluster[0]![i]!, prev),
    h(61, at(ctx.cluster[full]!, i - 1)),
    h(62, at(ctx.cluster[full]!, i + 1)),
    h(63, at(ctx.cluster[1]!, i + 1), ctx.cluster[1]![i]!),
  );
}
