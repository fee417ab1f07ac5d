import { DirectedGraph } from "graphology";
import Sigma from "sigma";
import { EdgeLineProgram, NodePointProgram } from "sigma/rendering";
import { DEFAULT_EDGE_PROGRAM_CLASSES, DEFAULT_NODE_PROGRAM_CLASSES } from "sigma/settings";
import type { Attributes } from "graphology-types";
import {
  displayPositions,
  type DisplayEdgeAttributes,
  type DisplayGraph,
  type DisplayNodeAttributes,
  type Point,
} from "./build-display-graph";
import { computeFocus, highlightReducers, type Focus } from "./highlight-reducers";
import { layoutPlan } from "./layout-plan";
import { createLayoutRunner, type LayoutRunner } from "./layout-runner";
import { renderSettings, usesFastPrograms } from "./render-settings";

const fastPrograms = {
  nodeProgramClasses: { ...DEFAULT_NODE_PROGRAM_CLASSES, circle: NodePointProgram },
  edgeProgramClasses: { ...DEFAULT_EDGE_PROGRAM_CLASSES, line: EdgeLineProgram },
};
const defaultPrograms = {
  nodeProgramClasses: DEFAULT_NODE_PROGRAM_CLASSES,
  edgeProgramClasses: DEFAULT_EDGE_PROGRAM_CLASSES,
};

export interface GraphViewEvents {
  onNodeClick(node: string): void;
  onStageClick(): void;
  onLayoutChange(running: boolean): void;
  /** After every frame sigma draws. */
  onRender(): void;
}

export interface GraphView {
  /** Replaces the drawn graph and lays it out (from the positions it carries). */
  show(graph: DisplayGraph, options?: { resetCamera?: boolean }): void;
  graph(): DisplayGraph;
  positions(): Map<string, Point>;
  select(node: string | null): void;
  selected(): string | null;
  focusNode(node: string): Promise<void>;
  toggleLayout(): void;
  layoutRunning(): boolean;
  kill(): void;
}

type Renderer = Sigma<DisplayNodeAttributes, DisplayEdgeAttributes, Attributes>;

/** Closest zoom when the camera centres a chosen node. */
const minFocusRatio = 0.08;

/** The sigma renderer, the hover/selection highlight and the layout of whatever graph it shows. */
export function createGraphView(container: HTMLElement, events: GraphViewEvents): GraphView {
  let current: DisplayGraph = new DirectedGraph();
  let hovered: string | null = null;
  let selected: string | null = null;
  let focus: Focus | null = null;
  let layout: LayoutRunner | null = null;

  const sigma: Renderer = new Sigma(current, container, {
    ...renderSettings(0),
    allowInvalidContainer: true,
  });

  const refocus = (): void => {
    focus = computeFocus(current, { hovered, selected });
    // Highlight changes only colours and visibility: skip re-indexing positions.
    sigma.refresh({ skipIndexation: true });
  };

  const applyReducers = (): void => {
    const reducers = highlightReducers(
      current,
      () => focus,
      () => selected,
    );
    const programs = usesFastPrograms(current.order) ? fastPrograms : defaultPrograms;
    sigma.setSettings({ ...renderSettings(current.order), ...programs, ...reducers });
  };

  sigma.on("enterNode", ({ node }) => {
    hovered = node;
    container.style.cursor = "pointer";
    refocus();
  });
  sigma.on("leaveNode", () => {
    hovered = null;
    container.style.cursor = "";
    refocus();
  });
  sigma.on("clickNode", ({ node }) => events.onNodeClick(node));
  sigma.on("clickStage", () => events.onStageClick());
  sigma.on("afterRender", () => events.onRender());

  return {
    show(graph, options = {}) {
      layout?.kill();
      current = graph;
      hovered = null;
      if (selected !== null && !graph.hasNode(selected)) selected = null;
      focus = computeFocus(current, { hovered, selected });
      layout = createLayoutRunner(graph, (running) => events.onLayoutChange(running));
      // A synchronous layout runs before sigma sees the graph, so the first frame is already settled.
      const plan = layoutPlan(graph.order);
      if (plan.mode === "sync") layout.start(plan);
      sigma.setGraph(graph);
      applyReducers();
      if (plan.mode === "worker") layout.start(plan);
      // sigma fits the graph edge to edge; a few nodes read better with room around them (and the banner).
      const ratio = graph.order < 20 ? 1.4 : 1;
      if (options.resetCamera ?? true) sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio, angle: 0 });
    },
    graph: () => current,
    positions: () => displayPositions(current),
    select(node) {
      selected = node !== null && current.hasNode(node) ? node : null;
      refocus();
    },
    selected: () => selected,
    async focusNode(node) {
      const data = sigma.getNodeDisplayData(node);
      if (!data) return;
      // Zoom so the node's neighbourhood fills about half the view: close on a hub's dense corner,
      // wider for a node whose neighbours are far apart.
      let reach = 0;
      for (const neighbour of current.neighbors(node)) {
        const n = sigma.getNodeDisplayData(neighbour);
        if (n) reach = Math.max(reach, Math.hypot(n.x - data.x, n.y - data.y));
      }
      const ratio = Math.min(1, Math.max(minFocusRatio, reach * 2.6));
      await sigma.getCamera().animate({ x: data.x, y: data.y, ratio }, { duration: 500 });
    },
    toggleLayout() {
      if (!layout) return;
      if (layout.running()) layout.stop();
      else layout.start(layoutPlan(Math.max(current.order, 401)));
    },
    layoutRunning: () => layout?.running() ?? false,
    kill() {
      layout?.kill();
      sigma.kill();
    },
  };
}
