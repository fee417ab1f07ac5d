import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { DisplayEdgeAttributes, DisplayGraph, DisplayNodeAttributes } from "./build-display-graph";

/** UI state the reducers read; it lives outside the graph so hovering never touches graph data. */
export interface HighlightState {
  hovered: string | null;
  selected: string | null;
}

/** The node in focus and its neighbours, computed once per hover/selection change, not per frame. */
export interface Focus {
  node: string;
  neighbors: ReadonlySet<string>;
}

export interface HighlightReducers {
  nodeReducer: (node: string, data: DisplayNodeAttributes) => Partial<NodeDisplayData>;
  edgeReducer: (edge: string, data: DisplayEdgeAttributes) => Partial<EdgeDisplayData>;
}

export const mutedNodeColor = "#e4e6ea";
export const focusEdgeColor = "#6b7280";
export const focusNegativeEdgeColor = "#c0504d";
/** Above this many neighbours, forcing all their labels would cover the picture; the label grid decides. */
export const maxForcedLabels = 40;

export function computeFocus(graph: DisplayGraph, state: HighlightState): Focus | null {
  const node = state.hovered ?? state.selected;
  if (node === null || !graph.hasNode(node)) return null;
  return { node, neighbors: new Set(graph.neighbors(node)) };
}

/**
 * sigma reducers: with no focus they return the data untouched (no allocation per node, which matters at
 * 50k nodes); with a focus they mute everything outside the focus node's neighbourhood and hide the
 * edges that do not touch it.
 */
export function highlightReducers(
  graph: DisplayGraph,
  getFocus: () => Focus | null,
  getSelected: () => string | null,
): HighlightReducers {
  return {
    nodeReducer(node, data) {
      const focus = getFocus();
      const selected = getSelected();
      if (!focus) return node === selected ? { ...data, highlighted: true, zIndex: 2 } : data;
      if (node === focus.node || node === selected) {
        return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
      }
      if (focus.neighbors.has(node)) {
        return { ...data, forceLabel: focus.neighbors.size <= maxForcedLabels, zIndex: 1 };
      }
      return { ...data, color: mutedNodeColor, label: null, zIndex: 0 };
    },
    edgeReducer(edge, data) {
      const focus = getFocus();
      if (!focus) return data;
      const [source, target] = graph.extremities(edge);
      if (source === focus.node || target === focus.node) {
        return { ...data, color: data.negative ? focusNegativeEdgeColor : focusEdgeColor, zIndex: 1 };
      }
      return { ...data, hidden: true };
    },
  };
}
