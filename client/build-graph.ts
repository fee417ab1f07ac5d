import { MultiDirectedGraph } from "graphology";
import type { WireGraph } from "./api-types";

export interface BuiltGraph<N extends object, E extends object> {
  graph: MultiDirectedGraph<N, E>;
  /** Edges left out because an end was missing or they looped on one node. */
  skippedEdges: number;
}

/**
 * The data graph: a graphology graph holding exactly what the server sent. It is never mutated by the
 * UI; filters and styling derive new graphs from it.
 */
export function buildGraph<N extends object, E extends object>(wire: WireGraph<N, E>): BuiltGraph<N, E> {
  const graph = new MultiDirectedGraph<N, E>({ allowSelfLoops: false });
  for (const node of wire.nodes) graph.mergeNode(node.key, node.attributes);
  let skippedEdges = 0;
  for (const edge of wire.edges) {
    // A dangling or looping edge cannot be drawn; counting it keeps the omission visible.
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) {
      skippedEdges += 1;
      continue;
    }
    if (graph.hasEdge(edge.key)) continue;
    graph.addEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
  }
  return { graph, skippedEdges };
}
