import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import type { DisplayGraph } from "./build-display-graph";
import type { LayoutPlan } from "./layout-plan";

export interface LayoutRunner {
  running(): boolean;
  /** Runs (or resumes) the layout for the plan's time; a sync plan finishes before this returns. */
  start(plan: LayoutPlan): void;
  stop(): void;
  kill(): void;
}

/**
 * ForceAtlas2 over one display graph: in the web worker of graphology-layout-forceatlas2 (built from a
 * function into a blob URL, so the bundle needs no separate worker file) or synchronously for small
 * graphs. Settings come from inferSettings (Barnes–Hut above ~2,000 nodes).
 */
export function createLayoutRunner(graph: DisplayGraph, onChange: (running: boolean) => void): LayoutRunner {
  // Extra gravity keeps small components and isolated entities near the main one instead of drifting off.
  const settings = { ...forceAtlas2.inferSettings(graph), gravity: 1 };
  let supervisor: FA2LayoutSupervisor | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stop = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (supervisor?.isRunning()) {
      supervisor.stop();
      onChange(false);
    }
  };

  return {
    running: () => supervisor?.isRunning() ?? false,
    start(plan) {
      if (plan.mode === "none") return;
      if (plan.mode === "sync") {
        forceAtlas2.assign(graph, { iterations: plan.iterations, settings, getEdgeWeight: null });
        onChange(false);
        return;
      }
      supervisor ??= new FA2LayoutSupervisor(graph, { settings, getEdgeWeight: null });
      if (!supervisor.isRunning()) supervisor.start();
      onChange(true);
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(stop, plan.durationMs);
    },
    stop,
    kill() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      supervisor?.kill();
      supervisor = null;
    },
  };
}
