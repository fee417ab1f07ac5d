import { LEFT, type ParserState, RIGHT, SHIFT, type Transition } from "../../ingest/nlp/parser-state";

/**
 * Dynamic oracle for arc-hybrid (Goldberg & Nivre 2013): the number of gold arcs a transition makes
 * unreachable from the current state. `gold[d]` is the gold head of word d (index 0 unused).
 */
export function transitionCost(state: ParserState, t: Transition, gold: Int32Array): number {
  const s0 = state.s(0);
  const b0 = state.b(0);
  const n = state.n;
  let cost = 0;
  if (t === SHIFT) {
    // b0 can no longer take a head from the stack below s0, nor a dependent from the stack.
    for (let i = 0; i < state.depth; i++) {
      const k = state.stack[i]!;
      if (gold[b0] === k && k !== s0) cost++;
      if (k !== 0 && gold[k] === b0) cost++;
    }
    return cost;
  }
  // LEFT and RIGHT pop s0: it loses its dependents still in the buffer.
  for (let d = state.front; d <= n; d++) if (gold[d] === s0) cost++;
  const head = gold[s0]!;
  if (t === LEFT) {
    const s1 = state.s(1);
    if (head !== b0 && (head === s1 || head > b0)) cost++;
  } else if (t === RIGHT) {
    if (head >= state.front) cost++;
  }
  return cost;
}
