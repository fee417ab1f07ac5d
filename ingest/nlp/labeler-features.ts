import { hashFeature as hf } from "./feature-hash";
import type { ParserSentence } from "./parser-features";

/**
 * Features for labelling one arc of an unlabelled tree. The tree is complete, so the labeler sees both
 * ends of the arc, the dependent's own dependents, its siblings and the label already given to the head.
 */

/** A tree with each word's dependents, in order (index 0 is the root). */
export interface TreeView {
  heads: Int32Array;
  children: number[][];
}

export function treeView(heads: Int32Array): TreeView {
  const children: number[][] = Array.from({ length: heads.length }, () => []);
  for (let d = 1; d < heads.length; d++) children[heads[d]!]!.push(d);
  return { heads, children };
}

export function distanceBucket(d: number): number {
  return d <= 3 ? d : d <= 5 ? 4 : d <= 10 ? 5 : 6;
}

/**
 * Features of the arc into word `d`. `labels` holds the label ids given so far (0 for the root and for
 * words not yet labelled): labelling goes top-down and left to right among siblings, so the head's label
 * and those of the siblings to the left of `d` are known.
 */
export function labelerFeatures(
  sent: ParserSentence,
  tree: TreeView,
  d: number,
  labels: ArrayLike<number>,
  out: number[],
): void {
  out.length = 0;
  const h = tree.heads[d]!;
  arcTagFeatures(sent.tags[d]!, sent.upos[d]!, sent.tags[h]!, sent.upos[h]!, d < h ? 1 : 2, out);
  labelerFeaturesBesideTags(sent, tree, d, labels, out);
}

/**
 * The features of an arc that depend on nothing but the two words' tags and the direction: they hold the
 * most classes (about 200 of the 450 weights summed per word), and few tag combinations occur, so the
 * parser caches their scores per combination. Appends; template numbers are part of the model.
 */
export function arcTagFeatures(
  dp: number,
  du: number,
  hp: number,
  hu: number,
  dir: number,
  out: number[],
): void {
  out.push(hf(2, dp), hf(3, du), hf(5, hp), hf(6, hu), hf(8, dp, dir), hf(10, hp, dir), hf(15, du, hu, dir));
}

/** The rest of labelerFeatures: all but arcTagFeatures. Appends. */
export function labelerFeaturesBesideTags(
  sent: ParserSentence,
  tree: TreeView,
  d: number,
  labels: ArrayLike<number>,
  out: number[],
): void {
  const { words, tags, upos } = sent;
  const h = tree.heads[d]!;
  const dw = words[d]!,
    dp = tags[d]!,
    du = upos[d]!;
  const hw = words[h]!,
    hp = tags[h]!;
  const dir = d < h ? 1 : 2;
  const dist = distanceBucket(Math.abs(d - h));
  const gh = h === 0 ? -1 : tree.heads[h]!;
  const gp = gh < 0 ? 0 : tags[gh]!;
  const siblings = tree.children[h]!;
  // How many siblings lie between d and its head.
  let between = 0;
  for (const s of siblings) if ((d < s && s < h) || (h < s && s < d)) between++;
  const rank = Math.min(between, 3);
  const kids = tree.children[d]!;
  const headLabel = labels[h]!;
  // The nearest sibling on the left has its label already; it tells an object after a subject, a second object.
  let leftSibling = 0;
  for (const s of siblings) if (s < d) leftSibling = labels[s]!;
  const prevTag = d > 1 ? tags[d - 1]! : 0;
  const nextTag = d + 1 < tags.length ? tags[d + 1]! : 0;

  out.push(
    hf(1, dw),
    hf(4, hw),
    hf(7, dw, dir),
    hf(9, hw, dir),
    hf(11, dw, hp, dir),
    hf(12, hw, dp, dir),
    hf(13, dw, hw),
    hf(14, dp, hp, dir, dist),
    hf(16, dp, hp, dir, headLabel),
    hf(17, du, headLabel, dir),
    hf(18, dp, gp, hp),
    hf(19, dp, hp, dir, rank),
    hf(20, dp, Math.min(kids.length, 15), dir),
    hf(21, dw, Math.min(kids.length, 7)),
    hf(22, dw, dp, hw, hp),
    hf(23, dp, leftSibling, dir),
    hf(24, dp, hp, leftSibling, headLabel),
    hf(25, dw, headLabel),
    hf(26, prevTag, dp, nextTag),
    hf(27, dp, nextTag, hp, dir),
  );
  const base = 27;
  const hu = upos[h]!;
  for (const c of kids) {
    const cdir = c < d ? 1 : 2;
    out.push(
      hf(base + 1, words[c]!, dp, cdir),
      hf(base + 2, tags[c]!, dp, cdir, hp),
      hf(base + 5, words[c]!, dp, cdir, hu),
    );
  }
  for (const s of siblings) {
    if (s === d) continue;
    const sdir = s < d ? 1 : 2;
    out.push(hf(base + 3, words[s]!, dp, sdir, dir), hf(base + 4, tags[s]!, dp, sdir, hp));
  }
}
