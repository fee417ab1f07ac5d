import type { FeatureKey, LinearModelData } from "../../ingest/nlp/linear-model";

/** Drops stored weights whose magnitude is below `threshold` (and features left with none). */
export function pruneLinearModel<K extends FeatureKey>(
  model: LinearModelData<K>,
  threshold: number,
): LinearModelData<K> {
  const pruned: LinearModelData<K> = { ...model, keys: [], offsets: [0], classIds: [], weights: [] };
  model.keys.forEach((key, i) => {
    const before = pruned.classIds.length;
    for (let j = model.offsets[i]!; j < model.offsets[i + 1]!; j++) {
      if (Math.abs(model.weights[j]! / model.scale) < threshold) continue;
      pruned.classIds.push(model.classIds[j]!);
      pruned.weights.push(model.weights[j]!);
    }
    if (pruned.classIds.length === before) return;
    pruned.keys.push(key);
    pruned.offsets.push(pruned.classIds.length);
  });
  return pruned;
}
