import type { CarbExtraction } from "./carb-extraction";
import { carbMatch, type CarbPairScore } from "./carb-match";
import { carbSentenceKey } from "./carb-sentence-key";

export interface CarbPoint {
  threshold: number;
  precision: number;
  recall: number;
}

export interface CarbResult {
  /** Best F1 over all thresholds, with the precision, recall and threshold where it is reached. */
  f1: number;
  precision: number;
  recall: number;
  threshold: number;
  auc: number;
  /** One point per distinct system confidence, ascending. */
  curve: CarbPoint[];
  goldTuples: number;
  systemTuples: number;
}

function bySentence(tuples: readonly CarbExtraction[]): Map<string, CarbExtraction[]> {
  // Grouped by raw text first, then keyed: two texts with one key keep the later list, as CaRB's dict does.
  const raw = new Map<string, CarbExtraction[]>();
  for (const t of tuples) {
    const list = raw.get(t.sentence);
    if (list) list.push(t);
    else raw.set(t.sentence, [t]);
  }
  const keyed = new Map<string, CarbExtraction[]>();
  for (const [sentence, list] of raw) keyed.set(carbSentenceKey(sentence), list);
  return keyed;
}

// Greedy one-to-one matching, best pair precision first (ties: first gold row, then first kept column).
function greedyPrecision(scores: readonly CarbPairScore[][], kept: readonly number[]): number {
  const rows = new Set<number>();
  const cols = new Set<number>();
  let sum = 0;
  const n = Math.min(scores.length, kept.length);
  for (let t = 0; t < n; t++) {
    let best = -1;
    let bestRow = -1;
    let bestCol = -1;
    scores.forEach((row, i) => {
      if (rows.has(i)) return;
      for (const j of kept) {
        if (cols.has(j)) continue;
        if (row[j]!.precision > best) {
          best = row[j]!.precision;
          bestRow = i;
          bestCol = j;
        }
      }
    });
    rows.add(bestRow);
    cols.add(bestCol);
    sum += best;
  }
  return sum;
}

/** Area under the PR curve by trapezoids over recall, with (recall 0, precision 1) added; one point per recall. */
export function carbAuc(curve: readonly CarbPoint[]): number {
  const byRecall = new Map<number, number>();
  for (const p of curve) byRecall.set(p.recall, p.precision);
  byRecall.set(0, 1);
  const points = [...byRecall].sort((a, b) => a[0] - b[0]);
  let area = 0;
  for (let i = 1; i < points.length; i++) {
    const [r0, p0] = points[i - 1]!;
    const [r1, p1] = points[i]!;
    area += ((r1 - r0) * (p0 + p1)) / 2;
  }
  return area;
}

/**
 * CaRB's score (../shared/docs/evaluation.md, "Open IE (CaRB)"): at every distinct system confidence,
 * recall is the mean over gold tuples of the best recall a kept tuple gives it, precision the sum of pair
 * precisions under a greedy one-to-one matching over kept tuples. System tuples of sentences without gold are
 * ignored except that their confidences are thresholds too.
 */
export function carbScore(gold: readonly CarbExtraction[], system: readonly CarbExtraction[]): CarbResult {
  const goldBySentence = bySentence(gold);
  const systemBySentence = bySentence(system);
  const thresholds = [...new Set(system.map((t) => t.confidence))].sort((a, b) => a - b);
  const index = new Map(thresholds.map((c, i) => [c, i]));
  const p = new Float64Array(thresholds.length);
  const pl = new Float64Array(thresholds.length);
  const r = new Float64Array(thresholds.length);
  const rl = new Float64Array(thresholds.length);
  let goldTuples = 0;
  for (const [key, golds] of goldBySentence) {
    goldTuples += golds.length;
    const predicted = systemBySentence.get(key) ?? [];
    const scores = golds.map((g) => predicted.map((s) => carbMatch(g, s)));
    // Each threshold between two of this sentence's confidences keeps the same tuples: fill the range at once.
    let from = 0;
    for (const conf of [...new Set(predicted.map((s) => s.confidence))].sort((a, b) => a - b)) {
      const c = index.get(conf)!;
      const kept = predicted.flatMap((s, j) => (s.confidence >= conf ? [j] : []));
      let recall = 0;
      for (const row of scores) recall += Math.max(0, ...kept.map((j) => row[j]!.recall));
      const precision = greedyPrecision(scores, kept);
      for (let k = from; k <= c; k++) {
        p[k]! += precision;
        pl[k]! += kept.length;
        r[k]! += recall;
        rl[k]! += golds.length;
      }
      from = c + 1;
    }
    for (let k = from; k < thresholds.length; k++) rl[k]! += golds.length;
  }
  const curve = thresholds.map((threshold, k) => ({
    threshold,
    precision: pl[k]! > 0 ? p[k]! / pl[k]! : 1,
    recall: rl[k]! > 0 ? r[k]! / rl[k]! : 0,
  }));
  let best = { f1: 0, precision: 0, recall: 0, threshold: 0 };
  for (const point of curve) {
    const sum = point.precision + point.recall;
    const f1 = sum > 0 ? (2 * point.precision * point.recall) / sum : 0;
    if (f1 > best.f1) best = { f1, ...point };
  }
  return { ...best, auc: carbAuc(curve), curve, goldTuples, systemTuples: system.length };
}
