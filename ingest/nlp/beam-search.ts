import { bufferFeatures, configurationFeatures, stackFeatures, type ParserSentence } from "./parser-features";
import { LEFT, ParserState, RIGHT, SHIFT, type Transition } from "./parser-state";

/**
 * Beam search for the arc-hybrid parser (Zhang & Nivre 2011): the `width` best partial parses are kept at
 * every step, ranked by the sum of their transition scores. Every parse of n words takes exactly 2n
 * transitions, so all items of a beam have made the same number of moves and their sums compare fairly.
 * Forced moves (only the root on the stack, empty buffer) add nothing, as they are not scored when greedy.
 * With width 1 this is the greedy parser: same features, same sums, ties to the earlier transition.
 */

/** Adds the weights of the first `count` keys to `scores` (a LinearModel, or a perceptron being trained). */
export interface TransitionScorer {
  score(keys: ArrayLike<number>, count: number, scores: Float64Array): void;
}

/** The items a beam kept after each step, best first: what global training needs to find its update. */
export class BeamTrace {
  steps = 0;
  width = 0;
  /** Items kept after step i: sizes[i]; item j's parent in the previous beam, transition and score. */
  sizes = new Int32Array(0);
  parents = new Int32Array(0);
  transitions = new Uint8Array(0);
  scores = new Float64Array(0);

  reset(steps: number, width: number): void {
    this.steps = steps;
    this.width = width;
    if (this.sizes.length < steps) this.sizes = new Int32Array(2 * steps);
    if (this.parents.length < steps * width) {
      this.parents = new Int32Array(2 * steps * width);
      this.transitions = new Uint8Array(2 * steps * width);
      this.scores = new Float64Array(2 * steps * width);
    }
  }

  /** Transitions 0..step of item `index` of the beam after `step` (backtracked through the parents). */
  sequence(step: number, index: number): Transition[] {
    const moves = new Array<Transition>(step + 1);
    for (let i = step, j = index; i >= 0; i--) {
      moves[i] = this.transitions[i * this.width + j] as Transition;
      j = this.parents[i * this.width + j]!;
    }
    return moves;
  }
}

interface BeamItem {
  state: ParserState;
  /** Scores of the stack-only features, per stack position (3 each; NaN until computed). */
  stackScores: Float64Array;
  score: number;
}

const TRANSITIONS: readonly Transition[] = [SHIFT, LEFT, RIGHT];
/** Items are kept for reuse between sentences of up to this many words (about 4 MB at width 8). */
const POOLED_LENGTH = 80;

export class BeamSearch {
  // Scratch reused between sentences.
  private readonly features: number[] = [];
  private readonly scores = new Float64Array(3);
  private bufferScores = new Float64Array(0);
  private readonly candidateScores: Float64Array;
  private readonly candidateParents: Int32Array;
  private readonly candidateTransitions: Uint8Array;
  /** Indices of the best candidates, best first. */
  private readonly order: Int32Array;
  /** Spare items by sentence length: allocating 2 × width states per sentence was a tenth of the time. */
  private readonly pools = new Map<number, BeamItem[]>();

  constructor(readonly width: number) {
    if (!Number.isInteger(width) || width < 1) throw new Error(`beam-search: bad beam width ${width}`);
    this.candidateScores = new Float64Array(3 * width);
    this.candidateParents = new Int32Array(3 * width);
    this.candidateTransitions = new Uint8Array(3 * width);
    this.order = new Int32Array(width);
  }

  /** Scores of one feature group at `at` in `cache`, computed once (NaN marks what is not known yet). */
  private cache(
    cache: Float64Array,
    at: number,
    group: FeatureGroup,
    model: TransitionScorer,
    state: ParserState,
    sent: ParserSentence,
  ): void {
    if (!Number.isNaN(cache[at]!)) return;
    const features = this.features;
    features.length = 0;
    group(state, sent, features);
    this.scores.fill(0);
    model.score(features, features.length, this.scores);
    cache.set(this.scores, at);
  }

  /** The best complete parse of `sent` (heads[d] for d = 1..n); `trace` records every step's beam. */
  parse(model: TransitionScorer, sent: ParserSentence, trace?: BeamTrace): ParserState {
    const n = sent.words.length - 1;
    const width = this.width;
    const features = this.features;
    const scores = this.scores;
    // Buffer-only features depend on the front alone, so one cache serves every item of the beam. Stack-only
    // features depend on s0 and what lies below it, which differs between items: each keeps its own.
    if (this.bufferScores.length < 3 * (n + 2)) this.bufferScores = new Float64Array(6 * (n + 2));
    const bufferScores = this.bufferScores.fill(NaN, 0, 3 * (n + 2));
    let spare = this.pools.get(n);
    if (spare === undefined) {
      spare = [];
      if (n <= POOLED_LENGTH) this.pools.set(n, spare);
    }
    const first = spare.pop() ?? newItem(n);
    first.state.reset();
    first.stackScores[0] = NaN;
    first.score = 0;
    let beam = [first];
    let next: BeamItem[] = [];
    const steps = 2 * n;
    trace?.reset(steps, width);
    const candidateScores = this.candidateScores;
    const candidateParents = this.candidateParents;
    const candidateTransitions = this.candidateTransitions;
    const order = this.order;
    for (let step = 0; step < steps; step++) {
      let count = 0;
      for (let j = 0; j < beam.length; j++) {
        const item = beam[j]!;
        const state = item.state;
        let forced: Transition | -1 = -1;
        if (state.depth === 1) forced = SHIFT;
        else if (state.front > n) forced = RIGHT;
        if (forced !== -1) {
          candidateScores[count] = item.score;
          candidateParents[count] = j;
          candidateTransitions[count++] = forced;
          continue;
        }
        const top = 3 * (state.depth - 1);
        const stackScores = item.stackScores;
        this.cache(stackScores, top, stackFeatures, model, state, sent);
        const front = 3 * state.front;
        this.cache(bufferScores, front, bufferFeatures, model, state, sent);
        features.length = 0;
        configurationFeatures(state, sent, features);
        // The same sums in the same order as the greedy parser, so width 1 reproduces it exactly.
        for (let t = 0; t < 3; t++) scores[t] = stackScores[top + t]! + bufferScores[front + t]!;
        model.score(features, features.length, scores);
        for (const t of TRANSITIONS) {
          if (!state.canApply(t)) continue;
          candidateScores[count] = item.score + scores[t]!;
          candidateParents[count] = j;
          candidateTransitions[count++] = t;
        }
      }
      // Top `width` candidates by insertion: candidates come in (item, transition) order and move only past
      // strictly lower scores, so ties go to the better item and then to the earlier transition.
      let kept = 0;
      for (let c = 0; c < count; c++) {
        const value = candidateScores[c]!;
        if (kept === width && value <= candidateScores[order[kept - 1]!]!) continue;
        let i = kept < width ? kept++ : kept - 1;
        while (i > 0 && candidateScores[order[i - 1]!]! < value) {
          order[i] = order[i - 1]!;
          i--;
        }
        order[i] = c;
      }
      for (const item of next) spare.push(item);
      next = [];
      for (let i = 0; i < kept; i++) {
        const c = order[i]!;
        const parent = beam[candidateParents[c]!]!;
        const t = candidateTransitions[c]! as Transition;
        const child = spare.pop() ?? newItem(n);
        child.state.copyFrom(parent.state, false);
        const from = parent.stackScores;
        const to = child.stackScores;
        for (let s = 3 * parent.state.depth - 1; s >= 0; s--) to[s] = from[s]!;
        child.state.apply(t);
        // A shifted word is a new s0 over a new stack: its stack features are not known yet.
        if (t === SHIFT) child.stackScores[3 * (child.state.depth - 1)] = NaN;
        child.score = candidateScores[c]!;
        next.push(child);
        if (trace !== undefined) {
          trace.parents[step * width + i] = candidateParents[c]!;
          trace.transitions[step * width + i] = t;
          trace.scores[step * width + i] = child.score;
        }
      }
      if (trace !== undefined) trace.sizes[step] = kept;
      [beam, next] = [next, beam];
    }
    // A fresh state for the caller: the pooled ones are overwritten by the next sentence of this length.
    const best = new ParserState(n);
    best.copyFrom(beam[0]!.state, false);
    for (const item of beam) spare.push(item);
    for (const item of next) spare.push(item);
    return best;
  }
}

type FeatureGroup = (state: ParserState, sent: ParserSentence, out: number[]) => void;

function newItem(n: number): BeamItem {
  const stackScores = new Float64Array(3 * (n + 2));
  stackScores[0] = NaN;
  return { state: new ParserState(n), stackScores, score: 0 };
}
