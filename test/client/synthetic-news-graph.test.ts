import { buildGraph } from "../../client/build-graph";
import { syntheticNewsGraph } from "../../scripts/bench/synthetic-news-graph";

describe("syntheticNewsGraph", () => {
  it("is reproducible from its seed and has a position for every node", () => {
    const a = syntheticNewsGraph(2000, 7);
    const b = syntheticNewsGraph(2000, 7);
    expect(a.graph).toEqual(b.graph);
    expect(a.graph.nodes).toHaveLength(2000);
    expect(a.positions.size).toBe(2000);
    expect(syntheticNewsGraph(2000, 8).graph).not.toEqual(a.graph);
  });

  it("builds into a graph with about 1.5 facts per node and a few hubs", () => {
    const { graph } = syntheticNewsGraph(2000);
    const built = buildGraph(graph);
    expect(built.skippedEdges).toBe(0);
    expect(built.graph.size).toBeGreaterThan(2700);
    expect(built.graph.size).toBeLessThanOrEqual(3000);
    const degrees = built.graph.mapNodes((n) => built.graph.degree(n)).sort((x, y) => y - x);
    expect(degrees[0]!).toBeGreaterThan(10 * degrees[1000]!);
  });
});
