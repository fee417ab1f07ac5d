import { buildDisplayGraph } from "../../client/build-display-graph";
import { buildGraph } from "../../client/build-graph";
import {
  computeFocus,
  focusEdgeColor,
  focusNegativeEdgeColor,
  highlightReducers,
  mutedNodeColor,
  type Focus,
} from "../../client/highlight-reducers";
import { loadFixtureGraph } from "./load-fixture-graph";

const display = buildDisplayGraph(buildGraph(loadFixtureGraph()).graph);

function reducersFor(focus: Focus | null, selected: string | null = null) {
  return highlightReducers(
    display,
    () => focus,
    () => selected,
  );
}

describe("computeFocus", () => {
  it("prefers the hovered node over the selected one and lists its neighbours both ways", () => {
    const f = computeFocus(display, { hovered: "person:tom-reyes", selected: "place:port-ellen" });
    expect(f?.node).toBe("person:tom-reyes");
    expect([...(f?.neighbors ?? [])].sort()).toEqual(["org:harbour-council", "person:ana-lima"]);
    expect(computeFocus(display, { hovered: null, selected: "place:port-ellen" })?.node).toBe(
      "place:port-ellen",
    );
    expect(computeFocus(display, { hovered: null, selected: null })).toBeNull();
    expect(computeFocus(display, { hovered: "gone", selected: null })).toBeNull();
  });
});

describe("highlightReducers", () => {
  it("returns the data untouched when nothing is in focus", () => {
    const { nodeReducer, edgeReducer } = reducersFor(null);
    const data = display.getNodeAttributes("person:ana-lima");
    expect(nodeReducer("person:ana-lima", data)).toBe(data);
    const edge = display.edges()[0]!;
    const edata = display.getEdgeAttributes(edge);
    expect(edgeReducer(edge, edata)).toBe(edata);
  });

  it("marks the selected node even without a hover", () => {
    const { nodeReducer } = reducersFor(null, "place:port-ellen");
    expect(nodeReducer("place:port-ellen", display.getNodeAttributes("place:port-ellen"))).toMatchObject({
      highlighted: true,
    });
  });

  it("keeps the focus and its neighbours, mutes the rest and hides edges not touching the focus", () => {
    const focus = computeFocus(display, { hovered: "person:tom-reyes", selected: null });
    const { nodeReducer, edgeReducer } = reducersFor(focus);
    expect(nodeReducer("person:tom-reyes", display.getNodeAttributes("person:tom-reyes"))).toMatchObject({
      highlighted: true,
      forceLabel: true,
    });
    const neighbour = nodeReducer("person:ana-lima", display.getNodeAttributes("person:ana-lima"));
    expect(neighbour.color).toBe(display.getNodeAttribute("person:ana-lima", "color"));
    expect(neighbour.forceLabel).toBe(true);
    const other = nodeReducer("place:port-ellen", display.getNodeAttributes("place:port-ellen"));
    expect(other).toMatchObject({ color: mutedNodeColor, label: null });

    const touching = display.edge("person:ana-lima", "person:tom-reyes")!;
    expect(edgeReducer(touching, display.getEdgeAttributes(touching))).toMatchObject({
      color: focusEdgeColor,
    });
    const negated = display.edge("person:tom-reyes", "org:harbour-council")!;
    expect(edgeReducer(negated, display.getEdgeAttributes(negated))).toMatchObject({
      color: focusNegativeEdgeColor,
    });
    const away = display.edge("org:harbour-council", "place:port-ellen")!;
    expect(edgeReducer(away, display.getEdgeAttributes(away))).toMatchObject({ hidden: true });
  });

  it("never changes the graph's own attributes", () => {
    const before = JSON.stringify(display.export());
    const focus = computeFocus(display, { hovered: "person:tom-reyes", selected: null });
    const { nodeReducer, edgeReducer } = reducersFor(focus, "person:ana-lima");
    display.forEachNode((n, a) => nodeReducer(n, a));
    display.forEachEdge((e, a) => edgeReducer(e, a));
    expect(JSON.stringify(display.export())).toBe(before);
  });
});
