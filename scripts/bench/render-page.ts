// Browser side of the render benchmark (bundled by scripts/bench/render.ts): builds a synthetic graph
// through the client's own pipeline and times sigma frames with the app's settings.
import type { Attributes } from "graphology-types";
import Sigma from "sigma";
import {
  buildDisplayGraph,
  type DisplayEdgeAttributes,
  type DisplayGraph,
  type DisplayNodeAttributes,
} from "../../client/build-display-graph";
import { buildGraph } from "../../client/build-graph";
import { highlightReducers } from "../../client/highlight-reducers";
import { renderSettings } from "../../client/render-settings";
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

async function movingFps(renderer: Renderer, ms: number): Promise<number> {
  let frames = 0;
  const count = (): void => {
    frames += 1;
  };
  renderer.on("afterRender", count);
  const start = performance.now();
  await renderer.getCamera().animate({ x: 0.45, y: 0.55, ratio: 0.6 }, { duration: ms });
  const elapsed = performance.now() - start;
  renderer.off("afterRender", count);
  return (frames * 1000) / elapsed;
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
    const renderer: Renderer = new Sigma(g, container, { ...renderSettings(g.order), ...reducers });
    const setupMs = performance.now() - t0;
    const full = await staticFps(renderer, frames);
    const labelsDrawn = renderer.getNodeDisplayedLabels().size;
    const moving = await movingFps(renderer, movingMs);
    renderer.setSetting("renderLabels", false);
    const labelsOff = await staticFps(renderer, frames);
    renderer.kill();
    return { staticFps: full, movingFps: moving, labelsOffFps: labelsOff, labelsDrawn, setupMs };
  },
};
