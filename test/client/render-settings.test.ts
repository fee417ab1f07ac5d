import { buildGraph } from "../../client/build-graph";
import { layoutPlan, syncLayoutMaxOrder } from "../../client/layout-plan";
import { legendEntries } from "../../client/legend-entries";
import { typeColors } from "../../client/node-style";
import { parseLimit } from "../../client/parse-limit";
import { renderSettings } from "../../client/render-settings";
import { loadFixtureGraph } from "./load-fixture-graph";

describe("renderSettings", () => {
  it("thins labels and drops per-move work as the graph grows", () => {
    const small = renderSettings(500);
    const large = renderSettings(10000);
    const huge = renderSettings(50000);
    expect(small).toMatchObject({ hideEdgesOnMove: false, defaultEdgeType: "arrow", zIndex: true });
    expect(large).toMatchObject({ hideEdgesOnMove: true, hideLabelsOnMove: false, defaultEdgeType: "line" });
    expect(huge).toMatchObject({ hideEdgesOnMove: true, hideLabelsOnMove: true, zIndex: false });
    expect(huge.labelDensity).toBeLessThan(large.labelDensity);
    expect(large.labelDensity).toBeLessThan(small.labelDensity);
    expect(huge.labelRenderedSizeThreshold).toBeGreaterThan(small.labelRenderedSizeThreshold);
    expect(huge.enableEdgeEvents).toBe(false);
  });
});

describe("layoutPlan", () => {
  it("runs small graphs synchronously and larger ones in the worker for longer", () => {
    expect(layoutPlan(0)).toEqual({ mode: "none" });
    expect(layoutPlan(50)).toEqual({ mode: "sync", iterations: 400 });
    expect(layoutPlan(syncLayoutMaxOrder).mode).toBe("sync");
    const mid = layoutPlan(2000);
    const big = layoutPlan(50000);
    if (mid.mode !== "worker" || big.mode !== "worker") throw new Error("expected worker plans");
    expect(big.durationMs).toBeGreaterThan(mid.durationMs);
    expect(big.durationMs).toBeLessThanOrEqual(60000);
  });
});

describe("parseLimit", () => {
  it("accepts positive integers up to the server cap", () => {
    expect(parseLimit(null)).toBeUndefined();
    expect(parseLimit("abc")).toBeUndefined();
    expect(parseLimit("0")).toBeUndefined();
    expect(parseLimit("-5")).toBeUndefined();
    expect(parseLimit("5000")).toBe(5000);
    expect(parseLimit("90000")).toBe(50000);
  });
});

describe("legendEntries", () => {
  it("counts types, known ones first in a fixed order", () => {
    const entries = legendEntries(buildGraph(loadFixtureGraph()).graph);
    expect(entries.map((e) => [e.type, e.count])).toEqual([
      ["PERSON", 2],
      ["ORGANIZATION", 1],
      ["PLACE", 1],
      ["TOPIC", 1],
    ]);
    expect(entries[0]!.color).toBe(typeColors.PERSON);
  });
});
