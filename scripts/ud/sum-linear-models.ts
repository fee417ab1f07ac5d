import type { FeatureKey, LinearModelData } from "../../ingest/nlp/linear-model";

/**
 * One model whose scores are the sums of the given models' scores. A greedy parser that sums the scores of
 * several linear models at every step is exactly the parser with their summed weights, so an ensemble of
 * perceptrons trained on different orders of the data costs nothing at run time.
 */
export function sumLinearModels<K extends FeatureKey>(
  models: readonly LinearModelData<K>[],
): LinearModelData<K> {
  const first = models[0];
  if (first === undefined) throw new Error("sum-linear-models: no models");
  if (models.some((m) => m.scale !== first.scale || m.classCount !== first.classCount)) {
    throw new Error("sum-linear-models: models differ in scale or classes");
  }
  // Rows in first-seen order, so the result is deterministic.
  const rows = new Map<K, Map<number, number>>();
  for (const model of models) {
    model.keys.forEach((key, i) => {
      let row = rows.get(key);
      if (row === undefined) rows.set(key, (row = new Map()));
      for (let j = model.offsets[i]!; j < model.offsets[i + 1]!; j++) {
        const c = model.classIds[j]!;
        row.set(c, (row.get(c) ?? 0) + model.weights[j]!);
      }
    });
  }
  const sum: LinearModelData<K> = { ...first, keys: [], offsets: [0], classIds: [], weights: [] };
  for (const [key, row] of rows) {
    const before = sum.classIds.length;
    for (const [c, w] of [...row.entries()].sort((a, b) => a[0] - b[0])) {
      if (w === 0) continue;
      sum.classIds.push(c);
      sum.weights.push(w);
    }
    if (sum.classIds.length === before) continue;
    sum.keys.push(key);
    sum.offsets.push(sum.classIds.length);
  }
  return sum;
}
