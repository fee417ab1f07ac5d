import { LEFT, ParserState, RIGHT, SHIFT, type Transition } from "../../ingest/nlp/parser-state";

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

/** Arc moves first: among equally good transitions the oracle reduces as early as it can. */
const PREFERENCE: readonly Transition[] = [LEFT, RIGHT, SHIFT];

/**
 * A canonical gold transition sequence for global training: from the initial state, always the cheapest
 * transition by the dynamic oracle, ties in the order LEFT, RIGHT, SHIFT. For a projective tree it is the
 * static oracle and rebuilds the tree; for a non-projective one it reaches a tree with the arcs the oracle
 * can still reach. Returns the 2n transitions and how many words get their gold head.
 */
export function oracleSequence(gold: Int32Array): { transitions: Uint8Array; correct: number } {
  const n = gold.length - 1;
  const state = new ParserState(n);
  const transitions = new Uint8Array(2 * n);
  for (let step = 0; step < 2 * n; step++) {
    let best: Transition | -1 = -1;
    let bestCost = Infinity;
    for (const t of PREFERENCE) {
      if (!state.canApply(t)) continue;
      const cost = transitionCost(state, t, gold);
      if (cost < bestCost) {
        best = t;
        bestCost = cost;
      }
    }
    transitions[step] = best;
    state.apply(best as Transition);
  }
  let correct = 0;
  for (let d = 1; d <= n; d++) if (state.heads[d] === gold[d]) correct++;
  return { transitions, correct };
}
