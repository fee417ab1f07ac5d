// Browser side of the render benchmark (bundled by scripts/bench/render.ts): builds a synthetic graph
// through the client's own pipeline and times sigma frames with the app's settings.
import type { Attributes } from "graphology-types";
import Sigma from "sigma";
import { EdgeLineProgram, NodePointProgram } from "sigma/rendering";
import { DEFAULT_EDGE_PROGRAM_CLASSES, DEFAULT_NODE_PROGRAM_CLASSES } from "sigma/settings";
import {
  buildDisplayGraph,
  type DisplayEdgeAttributes,
  type DisplayGraph,
  type DisplayNodeAttributes,
} from "../../client/build-display-graph";
import { buildGraph } from "../../client/build-graph";
import { highlightReducers } from "../../client/highlight-reducers";
import { renderSettings, usesFastPrograms } from "../../client/render-settings";
import { syntheticNewsGraph } from "./synthetic-news-graph";

export interface RenderTimings {
  /** Full-quality frames (edges and labels), as after a hover or a click. */
  staticFps: number;
  /** Frames during a camera animation (pan/zoom), where the app's settings hide edges (and labels past 20k). */
  movingFps: number;
  /** Full-quality frames with labels switched off: what labels cost. */
  labelsOffFps: number;
  labelsDrawn: number;
  setupMs: number;
}

export interface RenderBenchPage {
  run(order: number, frames: number, movingMs: number): Promise<RenderTimings>;
}

declare global {
  interface Window {
    __renderBench?: RenderBenchPage;
  }
}

type Renderer = Sigma<DisplayNodeAttributes, DisplayEdgeAttributes, Attributes>;

const cache = new Map<number, DisplayGraph>();

function displayGraph(order: number): DisplayGraph {
  let g = cache.get(order);
  if (!g) {
    const { graph, positions } = syntheticNewsGraph(order);
    g = buildDisplayGraph(buildGraph(graph).graph, { previousPositions: positions });
    cache.set(order, g);
  }
  return g;
}

function afterRender(renderer: Renderer): Promise<void> {
  return new Promise((resolve) => renderer.once("afterRender", () => resolve()));
}

/** Frames per second over `frames` camera steps; setState is not an animation, so each is full quality. */
async function staticFps(renderer: Renderer, frames: number): Promise<number> {
  const camera = renderer.getCamera();
  const step = async (i: number): Promise<void> => {
    const done = afterRender(renderer);
    camera.setState({ x: 0.5 + 0.01 * Math.sin(i), y: 0.5 + 0.01 * Math.cos(i), ratio: 0.8 });
    await done;
  };
  await step(0);
  const start = performance.now();
  for (let i = 1; i <= frames; i += 1) await step(i);
  return (frames * 1000) / (performance.now() - start);
}

/** Frames per second during a camera animation (sigma's "moving" state: edges, and labels past 20k, hidden). */
async function movingFps(renderer: Renderer, ms: number): Promise<number> {
  const stamps: number[] = [];
  const stamp = (): void => {
    stamps.push(performance.now());
  };
  renderer.on("afterRender", stamp);
  const start = performance.now();
  await renderer.getCamera().animate({ x: 0.45, y: 0.55, ratio: 0.6 }, { duration: ms });
  renderer.off("afterRender", stamp);
  // Frames that ended inside the animation, over the time they took from its start.
  const last = stamps[stamps.length - 1];
  return last === undefined ? 0 : (stamps.length * 1000) / (last - start);
}

window.__renderBench = {
  async run(order, frames, movingMs) {
    const container = document.getElementById("stage")!;
    const t0 = performance.now();
    const g = displayGraph(order);
    const reducers = highlightReducers(
      g,
      () => null,
      () => null,
    );
    // The constructor indexes the graph and draws the first frame synchronously.
    // The same programs as client/graph-view.ts picks.
    const programs = usesFastPrograms(g.order)
      ? {
          nodeProgramClasses: { ...DEFAULT_NODE_PROGRAM_CLASSES, circle: NodePointProgram },
          edgeProgramClasses: { ...DEFAULT_EDGE_PROGRAM_CLASSES, line: EdgeLineProgram },
        }
      : {};
    const renderer: Renderer = new Sigma(g, container, {
      ...renderSettings(g.order),
      ...programs,
      ...reducers,
    });
    const setupMs = performance.now() - t0;
    const full = await staticFps(renderer, frames);
    const labelsDrawn = renderer.getNodeDisplayedLabels().size;
    // Long enough for several frames even when one takes seconds (software WebGL).
    const moving = await movingFps(renderer, Math.max(movingMs, 4000 / full));
    renderer.setSetting("renderLabels", false);
    const labelsOff = await staticFps(renderer, frames);
    renderer.kill();
    return { staticFps: full, movingFps: moving, labelsOffFps: labelsOff, labelsDrawn, setupMs };
  },
};
