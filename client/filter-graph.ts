import type { MultiDirectedGraph } from "graphology";
import type { EntityNodeAttributes, FactEdgeAttributes } from "./api-types";

export interface GraphFilters {
  /** Entity types the user switched off in the legend. */
  hiddenTypes: ReadonlySet<string>;
  minMentions: number;
}

export const noFilters: GraphFilters = { hiddenTypes: new Set(), minMentions: 0 };

/** The filtered graph: the data graph less what the filters exclude. Returns the input when nothing is excluded. */
export function filterGraph<G extends MultiDirectedGraph<EntityNodeAttributes, FactEdgeAttributes>>(
  graph: G,
  filters: GraphFilters,
): G {
  if (filters.hiddenTypes.size === 0 && filters.minMentions <= 0) return graph;
  const keep = (a: EntityNodeAttributes): boolean =>
    !filters.hiddenTypes.has(a.type) && a.mentions >= filters.minMentions;
  const out = graph.nullCopy() as G;
  graph.forEachNode((node, attrs) => {
    if (keep(attrs)) out.addNode(node, attrs);
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    if (out.hasNode(source) && out.hasNode(target)) out.addEdgeWithKey(edge, source, target, attrs);
  });
  return out;
}
