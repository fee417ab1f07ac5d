import type { DataGraph } from "./build-display-graph";
import { typeColor, typeColors } from "./node-style";

export interface LegendEntry {
  type: string;
  color: string;
  count: number;
}

const knownOrder = Object.keys(typeColors);

/** The types present in the data graph with their node counts; known types first, in a fixed order. */
export function legendEntries(graph: DataGraph): LegendEntry[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_node, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
  const rank = (t: string): number => {
    const i = knownOrder.indexOf(t);
    return i === -1 ? knownOrder.length : i;
  };
  return [...counts.entries()]
    .map(([type, count]) => ({ type, count, color: typeColor(type) }))
    .sort((a, b) => rank(a.type) - rank(b.type) || b.count - a.count || a.type.localeCompare(b.type));
}
