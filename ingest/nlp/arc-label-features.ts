import { hashFeature as hf } from "./feature-hash";
import { distanceBucket } from "./labeler-features";
import type { ParserSentence } from "./parser-features";
import type { ParserState } from "./parser-state";

function tagAt(tags: Int32Array, i: number): number {
  return i < 0 || i >= tags.length ? 0 : tags[i]!;
}

function labelAt(labels: Int32Array, i: number): number {
  return i < 0 ? 0 : labels[i]!;
}

/**
 * Features for labelling the arc h → d at the moment the parser makes it (before it is applied), so that
 * later transitions can see the label. The dependent is complete (arc-hybrid pops it with all its
 * dependents); of the head only the dependents attached so far are known, among them the sibling next to d
 * on d's side, which is already labelled.
 */
export function arcLabelFeatures(
  state: ParserState,
  sent: ParserSentence,
  h: number,
  d: number,
  out: number[],
): void {
  out.length = 0;
  const { words, tags, upos } = sent;
  const labels = state.labels;
  const dw = words[d]!,
    dp = tags[d]!,
    du = upos[d]!;
  const hw = words[h]!,
    hp = tags[h]!,
    hu = upos[h]!;
  const dir = d < h ? 1 : 2;
  const dist = distanceBucket(Math.abs(d - h));
  // The sibling next to d on its side of the head (attached before d: arc-hybrid attaches a head's left
  // dependents from the nearest out and its right ones from left to right).
  const sibling = d < h ? state.l1[h]! : state.r1[h]!;
  const siblingLabel = labelAt(labels, sibling);
  const dl1 = state.l1[d]!;
  const dr1 = state.r1[d]!;
  const dLeftLow = state.leftLabelsLow[d]!;
  const dLeftHigh = state.leftLabelsHigh[d]!;
  const dRightLow = state.rightLabelsLow[d]!;
  const dRightHigh = state.rightLabelsHigh[d]!;
  const kids = Math.min(state.leftCount[d]! + state.rightCount[d]!, 7);
  const prevTag = tagAt(tags, d - 1);
  const nextTag = d + 1 < tags.length ? tags[d + 1]! : 0;

  out.push(
    hf(1, dw),
    hf(2, dp),
    hf(3, du),
    hf(4, hw),
    hf(5, hp),
    hf(6, hu),
    hf(7, dw, dir),
    hf(8, dp, dir),
    hf(9, hw, dir),
    hf(10, hp, dir),
    hf(11, dw, hp, dir),
    hf(12, hw, dp, dir),
    hf(13, dw, hw),
    hf(14, dp, hp, dir, dist),
    hf(15, du, hu, dir),
    hf(16, dw, dp, hw, hp),
    hf(17, prevTag, dp, nextTag),
    hf(18, dp, nextTag, hp, dir),
    hf(19, dp, siblingLabel, dir),
    hf(20, dp, hp, siblingLabel, dir),
    hf(21, dp, kids, dir),
    hf(22, dw, kids),
    // The dependent's own dependents: the case/mark word, and what kinds it has.
    hf(23, dl1 < 0 ? 0 : words[dl1]!, dp, hu),
    hf(24, tagAt(tags, dl1), dp, hp, dir),
    hf(25, labelAt(labels, dl1), dp, hp, dir),
    hf(26, dr1 < 0 ? 0 : words[dr1]!, dp, dir),
    hf(27, labelAt(labels, dr1), dp, hp),
    hf(28, dp, dLeftLow, dLeftHigh, dir),
    hf(29, dp, hp, dLeftLow, dLeftHigh),
    hf(30, dp, dRightLow, dRightHigh, dir),
    // What the head already has on the left (a subject before an object).
    hf(31, dp, hp, state.leftLabelsLow[h]!, state.leftLabelsHigh[h]!),
  );
}
