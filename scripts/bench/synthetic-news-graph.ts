import type { NewsGraph } from "../../client/api-types";
import type { Point } from "../../client/build-display-graph";
import { seededRandom } from "../../core/seeded-random";

export interface SyntheticNewsGraph {
  graph: NewsGraph;
  /** Laid-out-looking positions (clusters), so a benchmark draws a realistic picture without running FA2. */
  positions: Map<string, Point>;
}

const syllables = [
  "ka",
  "lo",
  "mer",
  "an",
  "ti",
  "vos",
  "re",
  "du",
  "sha",
  "nel",
  "or",
  "bi",
  "zan",
  "que",
  "li",
];
const types = ["PERSON", "PERSON", "PERSON", "ORGANIZATION", "ORGANIZATION", "PLACE", "EVENT", "CONCEPT"];
const predicates = ["CALLED", "MET", "CRITICIZED", "SUPPORTED", "VISITED", "SANCTIONED", "SAID"];

/**
 * A seeded news-like graph: clustered positions, heavy-tailed mentions (a few hubs), 1.5 edges per node
 * mostly within a cluster, names of realistic length. Same seed, same graph.
 */
export function syntheticNewsGraph(order: number, seed = 42): SyntheticNewsGraph {
  const rng = seededRandom(seed);
  const gaussian = (): number => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  const word = (): string => {
    const n = 2 + Math.floor(rng() * 2);
    let w = "";
    for (let i = 0; i < n; i += 1) w += syllables[Math.floor(rng() * syllables.length)];
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  const clusterCount = Math.max(1, Math.round(Math.sqrt(order) / 2));
  const centres = Array.from({ length: clusterCount }, () => ({
    x: gaussian() * 1000,
    y: gaussian() * 1000,
  }));
  const spread = 1000 / Math.sqrt(clusterCount);

  const graph: NewsGraph = {
    attributes: {},
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: [],
    edges: [],
  };
  const positions = new Map<string, Point>();
  const clusterOf: number[] = [];
  const members: number[][] = Array.from({ length: clusterCount }, () => []);
  for (let i = 0; i < order; i += 1) {
    const c = Math.floor(rng() * clusterCount);
    const centre = centres[c]!;
    const key = `e${i}`;
    clusterOf.push(c);
    members[c]!.push(i);
    graph.nodes.push({
      key,
      attributes: {
        label: `${word()} ${word()}`,
        type: types[Math.floor(rng() * types.length)]!,
        // Zipf-like: the first nodes are the most mentioned.
        mentions: Math.max(1, Math.round(1000 / (i + 1) ** 0.8)),
        aliases: [],
      },
    });
    positions.set(key, { x: centre.x + gaussian() * spread, y: centre.y + gaussian() * spread });
  }
  // Preferential endpoints (low indices inside a cluster are hubs), 85% of edges within a cluster.
  const pick = (list: readonly number[]): number => list[Math.floor(list.length * rng() ** 2.5)]!;
  const edgeCount = Math.round(order * 1.5);
  for (let k = 0; k < edgeCount && order > 1; k += 1) {
    const s = Math.floor(rng() * order);
    const home = rng() < 0.85 ? members[clusterOf[s]!]! : members[Math.floor(rng() * clusterCount)]!;
    const t = pick(home.length > 0 ? home : [0]);
    if (s === t) continue;
    const predicate = predicates[Math.floor(rng() * predicates.length)]!;
    graph.edges.push({
      key: `e${s}|${predicate}|e${t}|${k}`,
      source: `e${s}`,
      target: `e${t}`,
      attributes: {
        predicate,
        relation: predicate.toLowerCase(),
        count: 1 + Math.floor(rng() ** 3 * 10),
        confidence: 0.5 + rng() / 2,
        polarity: rng() < 0.05 ? "negative" : "positive",
      },
    });
  }
  return { graph, positions };
}
