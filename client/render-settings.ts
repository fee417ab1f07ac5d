import type { Settings } from "sigma/settings";

export type RenderSettings = Pick<
  Settings,
  | "labelDensity"
  | "labelGridCellSize"
  | "labelRenderedSizeThreshold"
  | "hideEdgesOnMove"
  | "hideLabelsOnMove"
  | "defaultEdgeType"
  | "zIndex"
  | "renderEdgeLabels"
  | "enableEdgeEvents"
  | "labelFont"
  | "labelSize"
  | "labelWeight"
  | "labelColor"
  | "minCameraRatio"
  | "maxCameraRatio"
  | "stagePadding"
>;

/** Above this many nodes the picture trades detail while moving for smooth panning. */
export const largeGraphOrder = 5000;
export const hugeGraphOrder = 20000;

/**
 * Above largeGraphOrder nodes are drawn as GL points and edges as 1-px GL lines (sigma's NodePointProgram
 * and EdgeLineProgram) instead of antialiased quads: 3–5x faster frames at 50k nodes in our benchmark, and
 * at that density the difference is invisible. Decided here, wired in graph-view (sigma/rendering cannot
 * load in Node).
 */
export function usesFastPrograms(order: number): boolean {
  return order > largeGraphOrder;
}

/**
 * sigma settings by graph size. Labels are the costliest part of a frame (canvas 2D text), so large
 * graphs get a coarser label grid and a higher size threshold; edges and labels are hidden while the
 * camera moves; arrows and z-ordering (a sort per refresh) are kept for graphs small enough to read.
 */
export function renderSettings(order: number): RenderSettings {
  const large = order > largeGraphOrder;
  const huge = order > hugeGraphOrder;
  return {
    labelDensity: huge ? 0.35 : large ? 0.6 : 1,
    labelGridCellSize: huge ? 140 : large ? 110 : 80,
    labelRenderedSizeThreshold: huge ? 9 : large ? 7 : 4,
    hideEdgesOnMove: large,
    hideLabelsOnMove: huge,
    defaultEdgeType: large ? "line" : "arrow",
    zIndex: !huge,
    renderEdgeLabels: false,
    enableEdgeEvents: false,
    labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
    labelSize: 12,
    labelWeight: "500",
    labelColor: { color: "#1f2933" },
    minCameraRatio: 0.01,
    maxCameraRatio: 10,
    stagePadding: 40,
  };
}
