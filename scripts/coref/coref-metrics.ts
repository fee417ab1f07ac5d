/**
 * Coreference metrics over mention keys (exact key equality): MUC (Vilain et al. 1995), B³ (Bagga &
 * Baldwin 1998) and entity-based CEAF (CEAF-e, Luo 2005), with twinless mentions treated as the CoNLL-2012
 * reference scorer v8 does (Pradhan et al. 2014): a key mention missing from the response is its own
 * partition (MUC) or adds nothing to the numerators (B³, CEAF-e) while still counting in the denominators,
 * and symmetrically for response mentions missing from the key.
 * Each metric is kept as numerators and denominators so documents add up the way the reference scorer
 * sums a corpus (micro average), not as an average of per-document scores.
 */
import { maxAssignment } from "./max-assignment";

/** Entities as lists of mention keys; a mention key appears in at most one entity. */
export type Clustering = readonly (readonly string[])[];

export interface MetricCounts {
  recallNum: number;
  recallDen: number;
  precisionNum: number;
  precisionDen: number;
}

export type MetricName = "muc" | "b3" | "ceafe";

export type CorefCounts = Record<MetricName, MetricCounts>;

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface CorefScore {
  muc: Prf;
  b3: Prf;
  ceafe: Prf;
  /** Mean of the MUC, B³ and CEAF-e F1, as in the CoNLL-2012 shared task. */
  conll: number;
}

function clusterIndex(clustering: Clustering): Map<string, number> {
  const index = new Map<string, number>();
  clustering.forEach((cluster, i) => cluster.forEach((m) => index.set(m, i)));
  return index;
}

/** Σ over clusters of (|C| − number of parts the other side splits C into), and Σ (|C| − 1). */
function mucSide(clusters: Clustering, other: Clustering): { num: number; den: number } {
  const otherIndex = clusterIndex(other);
  let num = 0;
  let den = 0;
  for (const cluster of clusters) {
    if (cluster.length === 0) continue;
    const parts = new Set<string>();
    // A mention the other side lacks is a part of its own.
    cluster.forEach((m) => parts.add(otherIndex.has(m) ? `c${otherIndex.get(m)!}` : `m${m}`));
    num += cluster.length - parts.size;
    den += cluster.length - 1;
  }
  return { num, den };
}

export function mucCounts(key: Clustering, response: Clustering): MetricCounts {
  const r = mucSide(key, response);
  const p = mucSide(response, key);
  return { recallNum: r.num, recallDen: r.den, precisionNum: p.num, precisionDen: p.den };
}

function overlapSizes(a: Clustering, b: Clustering): Map<number, Map<number, number>> {
  const bIndex = clusterIndex(b);
  const overlaps = new Map<number, Map<number, number>>();
  a.forEach((cluster, i) => {
    const row = new Map<number, number>();
    for (const m of cluster) {
      const j = bIndex.get(m);
      if (j !== undefined) row.set(j, (row.get(j) ?? 0) + 1);
    }
    overlaps.set(i, row);
  });
  return overlaps;
}

/** Σ over clusters C of Σ_D |C ∩ D|² / |C|, and Σ |C| (the number of mentions on this side). */
function b3Side(clusters: Clustering, other: Clustering): { num: number; den: number } {
  const overlaps = overlapSizes(clusters, other);
  let num = 0;
  let den = 0;
  clusters.forEach((cluster, i) => {
    if (cluster.length === 0) return;
    for (const n of overlaps.get(i)!.values()) num += (n * n) / cluster.length;
    den += cluster.length;
  });
  return { num, den };
}

export function b3Counts(key: Clustering, response: Clustering): MetricCounts {
  const r = b3Side(key, response);
  const p = b3Side(response, key);
  return { recallNum: r.num, recallDen: r.den, precisionNum: p.num, precisionDen: p.den };
}

/** CEAF with φ4(K, R) = 2|K ∩ R| / (|K| + |R|) under the best one-to-one alignment of entities. */
export function ceafeCounts(key: Clustering, response: Clustering): MetricCounts {
  const keys = key.filter((c) => c.length > 0);
  const responses = response.filter((c) => c.length > 0);
  const overlaps = overlapSizes(keys, responses);
  const weights = keys.map((k, i) =>
    responses.map((r, j) => {
      const n = overlaps.get(i)!.get(j) ?? 0;
      return n === 0 ? 0 : (2 * n) / (k.length + r.length);
    }),
  );
  const similarity = maxAssignment(weights);
  return {
    recallNum: similarity,
    recallDen: keys.length,
    precisionNum: similarity,
    precisionDen: responses.length,
  };
}

/** MUC, B³ and CEAF-e counts of one document. */
export function corefMetrics(key: Clustering, response: Clustering): CorefCounts {
  return { muc: mucCounts(key, response), b3: b3Counts(key, response), ceafe: ceafeCounts(key, response) };
}

export function emptyCorefCounts(): CorefCounts {
  const zero = (): MetricCounts => ({ recallNum: 0, recallDen: 0, precisionNum: 0, precisionDen: 0 });
  return { muc: zero(), b3: zero(), ceafe: zero() };
}

export function addCorefCounts(a: CorefCounts, b: CorefCounts): CorefCounts {
  const add = (x: MetricCounts, y: MetricCounts): MetricCounts => ({
    recallNum: x.recallNum + y.recallNum,
    recallDen: x.recallDen + y.recallDen,
    precisionNum: x.precisionNum + y.precisionNum,
    precisionDen: x.precisionDen + y.precisionDen,
  });
  return { muc: add(a.muc, b.muc), b3: add(a.b3, b.b3), ceafe: add(a.ceafe, b.ceafe) };
}

/** Precision, recall and F1 from counts and sizes; 0 where a denominator is 0. */
export function prf(precisionNum: number, precisionDen: number, recallNum: number, recallDen: number): Prf {
  const precision = precisionDen === 0 ? 0 : precisionNum / precisionDen;
  const recall = recallDen === 0 ? 0 : recallNum / recallDen;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function corefScore(counts: CorefCounts): CorefScore {
  const score = (c: MetricCounts): Prf => prf(c.precisionNum, c.precisionDen, c.recallNum, c.recallDen);
  const muc = score(counts.muc);
  const b3 = score(counts.b3);
  const ceafe = score(counts.ceafe);
  return { muc, b3, ceafe, conll: (muc.f1 + b3.f1 + ceafe.f1) / 3 };
}
