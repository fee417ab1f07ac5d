import { gunzipSync, gzipSync } from "node:zlib";
import { LABEL_COUNT } from "./bilou-labels";

/** The trained model as stored in models/ner.model.json.gz. */
export interface NerModel {
  /** Feature strings; row r of the weight table belongs to features[r]. */
  features: string[];
  /** Emission weights, features.length × LABEL_COUNT, already de-quantised. */
  emission: Float32Array;
  /** (LABEL_COUNT + 1) × LABEL_COUNT transition weights; last row is the sentence start. */
  transition: Float32Array;
  /** Word → cluster bit path. */
  clusters: Map<string, string>;
  /** Entity strings harvested from the training data, `label<TAB>phrase`. */
  harvested: string[];
  /** Free-form description of how the model was trained (seed, epochs, dev F1). */
  meta: Record<string, string | number>;
}

interface NerModelFile {
  format: "newsgraph-ner";
  version: 1;
  labelCount: number;
  /** Weights are stored as int16 × scale. */
  scale: number;
  features: string;
  weights: string;
  transition: number[];
  clusters: string;
  harvested: string;
  meta: Record<string, string | number>;
}

/**
 * Serialises the model compactly: rows whose largest weight rounds to zero are dropped, weights are
 * quantised to 16 bits, and the whole file is gzip'd JSON.
 */
export function serializeNerModel(model: NerModel): Buffer {
  const L = LABEL_COUNT;
  let maxAbs = 0;
  for (const v of model.emission) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs / 32767 || 1;
  const keptRows: number[] = [];
  for (let r = 0; r < model.features.length; r++) {
    for (let y = 0; y < L; y++) {
      if (Math.round(model.emission[r * L + y]! / scale) !== 0) {
        keptRows.push(r);
        break;
      }
    }
  }
  const q = new Int16Array(keptRows.length * L);
  keptRows.forEach((r, k) => {
    for (let y = 0; y < L; y++) q[k * L + y] = Math.round(model.emission[r * L + y]! / scale);
  });
  const file: NerModelFile = {
    format: "newsgraph-ner",
    version: 1,
    labelCount: L,
    scale,
    features: keptRows.map((r) => model.features[r]!).join("\n"),
    weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString("base64"),
    transition: Array.from(model.transition, (v) => Math.round(v * 1000) / 1000),
    clusters: [...model.clusters].map(([w, p]) => `${w}\t${p}`).join("\n"),
    harvested: model.harvested.join("\n"),
    meta: model.meta,
  };
  return gzipSync(JSON.stringify(file), { level: 9 });
}

export function parseNerModel(gz: Buffer, source: string): NerModel {
  const file = JSON.parse(gunzipSync(gz).toString("utf8")) as Partial<NerModelFile>;
  if (file.format !== "newsgraph-ner" || file.version !== 1 || file.labelCount !== LABEL_COUNT) {
    throw new Error(`ner: ${source} is not a newsgraph NER model (version 1, ${LABEL_COUNT} labels)`);
  }
  const features = file.features ? file.features.split("\n") : [];
  const raw = Buffer.from(file.weights ?? "", "base64");
  const q = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  if (q.length !== features.length * LABEL_COUNT)
    throw new Error(`ner: ${source} has a truncated weight table`);
  const scale = file.scale ?? 1;
  const emission = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) emission[i] = q[i]! * scale;
  const clusters = new Map<string, string>();
  for (const line of (file.clusters ?? "").split("\n")) {
    const tab = line.indexOf("\t");
    if (tab > 0) clusters.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return {
    features,
    emission,
    transition: Float32Array.from(file.transition ?? []),
    clusters,
    harvested: file.harvested ? file.harvested.split("\n") : [],
    meta: file.meta ?? {},
  };
}
