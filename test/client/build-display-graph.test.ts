import {
  buildDisplayGraph,
  displayPositions,
  edgeColor,
  negativeEdgeColor,
} from "../../client/build-display-graph";
import { buildGraph } from "../../client/build-graph";
import { filterGraph, noFilters } from "../../client/filter-graph";
import { maxNodeSize, minNodeSize, typeColors } from "../../client/node-style";
import { loadFixtureGraph } from "./load-fixture-graph";

const data = () => buildGraph(loadFixtureGraph()).graph;

describe("buildDisplayGraph", () => {
  it("merges parallel facts into one edge per ordered pair", () => {
    const display = buildDisplayGraph(data());
    expect(display.order).toBe(5);
    // ana→tom (CALLED+MET), tom→ana, ana→council, council→port, tom→council
    expect(display.size).toBe(5);
    const e = display.getEdgeAttributes(display.edge("person:ana-lima", "person:tom-reyes")!);
    expect(e.predicates).toEqual(["CALLED", "MET"]);
    expect(e.count).toBe(3);
    expect(e.label).toBe("CALLED, MET");
    expect(e.negative).toBe(false);
    expect(e.color).toBe(edgeColor);
    const negated = display.getEdgeAttributes(display.edge("person:tom-reyes", "org:harbour-council")!);
    expect(negated.negative).toBe(true);
    expect(negated.color).toBe(negativeEdgeColor);
  });

  it("colours by type and sizes by the number of distinct neighbours", () => {
    const display = buildDisplayGraph(data());
    const ana = display.getNodeAttributes("person:ana-lima");
    const port = display.getNodeAttributes("place:port-ellen");
    const budget = display.getNodeAttributes("misc:budget");
    expect(ana.color).toBe(typeColors.PERSON);
    expect(port.color).toBe(typeColors.PLACE);
    expect(ana.degree).toBe(2);
    expect(port.degree).toBe(1);
    expect(budget.degree).toBe(0);
    // ana and the council have the most neighbours (2... council has ana, tom, port = 3).
    expect(display.getNodeAttributes("org:harbour-council").size).toBe(maxNodeSize);
    expect(ana.size).toBeGreaterThan(port.size);
    expect(budget.size).toBe(minNodeSize);
    expect(ana.entityId).toBe("person:ana-lima");
  });

  it("starts from a seeded random layout and keeps carried-over positions", () => {
    const a = buildDisplayGraph(data(), { seed: 3 });
    const b = buildDisplayGraph(data(), { seed: 3 });
    expect(displayPositions(a)).toEqual(displayPositions(b));
    const xs = a.mapNodes((_n, attrs) => attrs.x);
    expect(new Set(xs).size).toBe(5);

    const previous = new Map([["person:ana-lima", { x: 1000, y: -1000 }]]);
    const c = buildDisplayGraph(data(), { previousPositions: previous });
    expect(c.getNodeAttributes("person:ana-lima")).toMatchObject({ x: 1000, y: -1000 });
    // A new node with a placed neighbour lands next to it, not somewhere random.
    const tom = c.getNodeAttributes("person:tom-reyes");
    expect(Math.hypot(tom.x - 1000, tom.y + 1000)).toBeLessThanOrEqual(maxNodeSize * 1.5);
  });
});

describe("filterGraph", () => {
  it("returns the data graph itself when nothing is filtered", () => {
    const g = data();
    expect(filterGraph(g, noFilters)).toBe(g);
  });

  it("removes hidden types and the edges that touched them, leaving the data graph intact", () => {
    const g = data();
    const filtered = filterGraph(g, { hiddenTypes: new Set(["ORGANIZATION"]), minMentions: 0 });
    expect(filtered.hasNode("org:harbour-council")).toBe(false);
    expect(filtered.order).toBe(4);
    expect(filtered.size).toBe(3);
    expect(g.order).toBe(5);
    const byMentions = filterGraph(g, { hiddenTypes: new Set(), minMentions: 3 });
    expect(byMentions.nodes().sort()).toEqual(["org:harbour-council", "person:ana-lima", "person:tom-reyes"]);
  });
});
