import { buildGraph } from "../../client/build-graph";
import { parseNewsGraph, parseWire } from "../../client/parse-wire";
import { loadFixtureGraph } from "./load-fixture-graph";

describe("buildGraph", () => {
  it("imports every node and every edge whose ends exist, counting the rest", () => {
    const { graph, skippedEdges } = buildGraph(loadFixtureGraph());
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(6);
    expect(skippedEdges).toBe(1);
    expect(graph.getNodeAttribute("person:ana-lima", "label")).toBe("Ana Lima");
    // Parallel facts stay separate in the data graph: one edge per predicate.
    expect(graph.outEdges("person:ana-lima", "person:tom-reyes").sort()).toEqual(["e1", "e2"]);
    expect(graph.getEdgeAttributes("e6").polarity).toBe("negative");
  });

  it("drops self-loops, which sigma cannot draw", () => {
    const wire = loadFixtureGraph();
    wire.edges.push({ ...wire.edges[0]!, key: "loop", target: wire.edges[0]!.source });
    const { graph, skippedEdges } = buildGraph(wire);
    expect(graph.hasEdge("loop")).toBe(false);
    expect(skippedEdges).toBe(2);
  });
});

describe("parseNewsGraph", () => {
  it("fills optional attributes with defaults", () => {
    const g = parseNewsGraph({
      nodes: [{ key: "a", attributes: { label: "A" } }],
      edges: [{ source: "a", target: "a", attributes: { predicate: "X" } }],
    });
    expect(g.nodes[0]!.attributes).toEqual({ label: "A", type: "CONCEPT", mentions: 0, aliases: [] });
    expect(g.edges[0]!.attributes).toEqual({
      predicate: "X",
      relation: "X",
      count: 1,
      confidence: 1,
      polarity: "positive",
    });
    expect(g.options).toEqual({ type: "directed", multi: true, allowSelfLoops: false });
  });

  it("names the endpoint and the field when the shape is wrong", () => {
    expect(() => parseWire("graph", parseNewsGraph, { nodes: [{ key: 3 }], edges: [] })).toThrow(
      "client: unexpected graph response: graph.nodes[0].key: expected a string, got number",
    );
    expect(() => parseWire("graph", parseNewsGraph, { error: "x" })).toThrow(
      "graph.nodes: expected an array, got undefined",
    );
  });
});
