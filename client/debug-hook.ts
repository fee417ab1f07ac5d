/** What the page exposes to its browser test and benchmarks: read-only views, no way to change state. */
export interface ExplorerStats {
  nodes: number;
  edges: number;
  layoutRunning: boolean;
  view: "news" | "cypher" | "none";
  frames: number;
  selected: string | null;
  panelEntity: string | null;
}

export interface NewsgraphDebug {
  /** Resolves once a loaded graph has been drawn; rejects with the load error. */
  readonly ready: Promise<void>;
  stats(): ExplorerStats;
  /** Labels of the drawn nodes. */
  nodeLabels(): string[];
}

declare global {
  interface Window {
    __newsgraph?: NewsgraphDebug;
  }
}

export function installDebugHook(target: Window, hook: NewsgraphDebug): void {
  Object.defineProperty(target, "__newsgraph", {
    value: Object.freeze(hook),
    writable: false,
    configurable: false,
  });
}
