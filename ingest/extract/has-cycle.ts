import type { Arc } from "../nlp/types";

/** Whether following heads from some word comes back to it: a repair that would tie one is not kept. */
export function hasCycle(arcs: readonly Arc[]): boolean {
  return arcs.some((_, start) => {
    let k = start;
    for (let steps = 0; steps <= arcs.length; steps++) {
      k = arcs[k]!.head - 1;
      if (k < 0) return false;
    }
    return true;
  });
}
