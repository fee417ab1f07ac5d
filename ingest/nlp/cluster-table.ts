import { clusterKey } from "../ner/cluster-key";
import { hashString } from "./tagger-features";

/** Bit-path prefix lengths used as tagger features: coarse, middle and the full path. */
const PREFIXES = [4, 8, 64] as const;

/** Hashed bit-path prefixes per word, from `word<TAB>bit-path` lines (the NER's models/clusters.tsv.gz). */
export type ClusterTable = ReadonlyMap<string, Int32Array>;

export function clusterTable(tsv: string): ClusterTable {
  const table = new Map<string, Int32Array>();
  for (const line of tsv.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab <= 0) continue;
    const path = line.slice(tab + 1);
    table.set(
      line.slice(0, tab),
      Int32Array.from(PREFIXES, (k) => hashString(path.slice(0, k))),
    );
  }
  return table;
}

/** A word's cluster under its exact form, else lower-cased (the cluster vocabulary keeps case). */
export function lookupCluster(table: ClusterTable, word: string): Int32Array | undefined {
  // Most words need no rewriting; skipping clusterKey's three replacements keeps the tagger fast.
  const key = NEEDS_KEY.test(word) ? clusterKey(word) : word;
  return table.get(key) ?? table.get(key.toLowerCase());
}

const NEEDS_KEY = /[’‘`“”0-9]/;

export const CLUSTER_PREFIX_COUNT = PREFIXES.length;
