export type LayoutPlan =
  { mode: "none" } | { mode: "sync"; iterations: number } | { mode: "worker"; durationMs: number };

/** Up to this many nodes ForceAtlas2 runs on the main thread before the first frame (well under 100 ms). */
export const syncLayoutMaxOrder = 400;

/**
 * How to lay out a graph: small ones synchronously, so the first picture is already settled; larger ones
 * in the ForceAtlas2 web worker for a time that grows with the size (Barnes–Hut iterations at 50k nodes
 * take 0.5–4 s each on two busy cores; the user can stop it or run it again).
 */
export function layoutPlan(order: number): LayoutPlan {
  if (order <= 1) return { mode: "none" };
  if (order <= syncLayoutMaxOrder) return { mode: "sync", iterations: order <= 100 ? 400 : 250 };
  return { mode: "worker", durationMs: Math.round(Math.min(60000, 3000 + order)) };
}
