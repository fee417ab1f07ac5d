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
  const { words, tags, upos } = sent;
  const h = tree.heads[d]!;
  const dw = words[d]!,
    dp = tags[d]!,
    du = upos[d]!;
  const hw = words[h]!,
    hp = tags[h]!,
    hu = upos[h]!;
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

  let t = 0;
  out.push(
    hf(++t, dw),
    hf(++t, dp),
    hf(++t, du),
    hf(++t, hw),
    hf(++t, hp),
    hf(++t, hu),
    hf(++t, dw, dir),
    hf(++t, dp, dir),
    hf(++t, hw, dir),
    hf(++t, hp, dir),
    hf(++t, dw, hp, dir),
    hf(++t, hw, dp, dir),
    hf(++t, dw, hw),
    hf(++t, dp, hp, dir, dist),
    hf(++t, du, hu, dir),
    hf(++t, dp, hp, dir, headLabel),
    hf(++t, du, headLabel, dir),
    hf(++t, dp, gp, hp),
    hf(++t, dp, hp, dir, rank),
    hf(++t, dp, Math.min(kids.length, 15), dir),
    hf(++t, dw, Math.min(kids.length, 7)),
    hf(++t, dw, dp, hw, hp),
    hf(++t, dp, leftSibling, dir),
    hf(++t, dp, hp, leftSibling, headLabel),
    hf(++t, dw, headLabel),
    hf(++t, prevTag, dp, nextTag),
    hf(++t, dp, nextTag, hp, dir),
  );
  const base = t;
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
