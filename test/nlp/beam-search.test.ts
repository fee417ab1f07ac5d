import { BeamSearch, BeamTrace, type TransitionScorer } from "../../ingest/nlp/beam-search";
import { loadDependencyParser, type DependencyParser } from "../../ingest/nlp/dependency-parser";
import { parserFeatures, type ParserSentence } from "../../ingest/nlp/parser-features";
import { LEFT, ParserState, RIGHT, SHIFT, type Transition } from "../../ingest/nlp/parser-state";
import { loadPosTagger, type PosTagger } from "../../ingest/nlp/pos-tagger";
import { tokenize } from "../../ingest/nlp/tokenize";

let tagger: PosTagger;
let parser: DependencyParser;

beforeAll(() => {
  tagger = loadPosTagger();
  parser = loadDependencyParser();
});

const TEXTS = [
  "Zelenskiy held a phone call with Trump.",
  "Russia’s offer was rejected by Ukraine on Tuesday, officials in Kyiv said.",
  "The company, which was founded in 1998, said it would cut 2,000 jobs and close three plants in Ohio.",
  "Talks resumed and ended.",
  "Prices rose 3.5 % in May, the fastest pace since 2008, as energy costs soared after the war began.",
];

function encode(text: string): ParserSentence {
  const words = tokenize(text).map((t) => t.text);
  return parser.encode(words, tagger.tag(words));
}

/** A single-rooted, acyclic, projective tree over words 1..n (what arc-hybrid must produce). */
function isProjectiveTree(heads: Int32Array): boolean {
  const n = heads.length - 1;
  let roots = 0;
  for (let d = 1; d <= n; d++) {
    const h = heads[d]!;
    if (h < 0 || h > n || h === d) return false;
    if (h === 0) roots++;
    // Following heads from d must reach the root within n steps.
    let w = d;
    for (let steps = 0; w !== 0; steps++) {
      if (steps > n) return false;
      w = heads[w]!;
    }
    // Every word between d and its head descends from the head.
    for (let k = Math.min(d, h) + 1; k < Math.max(d, h); k++) {
      let a = k;
      while (a !== 0 && a !== h) a = heads[a]!;
      if (a !== h && h !== 0) return false;
    }
  }
  return roots === 1;
}

describe("beam search", () => {
  it("with width 1 gives exactly the greedy parse", () => {
    for (const text of TEXTS) {
      const sent = encode(text);
      expect([...parser.attachWithBeam(sent, 1)]).toEqual([...parser.attach(sent)]);
    }
  });

  it("with wider beams returns well-formed projective trees", () => {
    for (const width of [2, 4, 8]) {
      for (const text of TEXTS) {
        const heads = parser.attachWithBeam(encode(text), width);
        expect(heads).toHaveLength(tokenize(text).length + 1);
        expect(isProjectiveTree(heads)).toBe(true);
      }
    }
  });

  it("finds the best-scoring transition sequence when the beam holds every partial parse", () => {
    // A made-up scorer with integer weights, so sums are exact in any order; greedy choices under it are
    // often wrong, so only a search that keeps and ranks all prefixes correctly finds the maximum.
    const scorer: TransitionScorer = {
      score(keys, count, scores) {
        for (let i = 0; i < count; i++) {
          const k = keys[i]!;
          scores[0]! += (k % 7) - 3;
          scores[1]! += ((k >>> 3) % 5) - 2;
          scores[2]! += ((k >>> 7) % 9) - 4;
        }
      },
    };
    const sent = encode("Officials said talks would resume soon.");
    const n = sent.words.length - 1;
    const best = bestByEnumeration(scorer, sent);
    // Every prefix extends to a complete sequence, so a beam as wide as their number never drops one.
    const trace = new BeamTrace();
    const state = new BeamSearch(best.sequences).parse(scorer, sent, trace);
    expect(trace.scores[(2 * n - 1) * trace.width]).toBe(best.score);
    expect(best.ties).toBe(1);
    expect([...state.heads]).toEqual([...best.heads]);
    // A narrow beam is a search, not an enumeration: it may only do worse.
    new BeamSearch(2).parse(scorer, sent, trace);
    expect(trace.scores[(2 * n - 1) * trace.width]).toBeLessThanOrEqual(best.score);
  });
});

/**
 * The highest sum of transition scores over all complete sequences (forced moves score 0), by recursion,
 * with the number of sequences that reach it and the number of sequences.
 */
function bestByEnumeration(
  scorer: TransitionScorer,
  sent: ParserSentence,
): { score: number; heads: Int32Array; ties: number; sequences: number } {
  const n = sent.words.length - 1;
  const features: number[] = [];
  const best = { score: -Infinity, heads: new Int32Array(0), ties: 0, sequences: 0 };
  const visit = (state: ParserState, score: number): void => {
    if (state.done) {
      best.sequences++;
      if (score === best.score) best.ties++;
      if (score > best.score) Object.assign(best, { score, heads: state.heads.slice(), ties: 1 });
      return;
    }
    const forced = state.depth === 1 || state.front > n;
    const scores = new Float64Array(3);
    if (!forced) {
      parserFeatures(state, sent, features);
      scorer.score(features, features.length, scores);
    }
    for (const t of [SHIFT, LEFT, RIGHT] as Transition[]) {
      if (!state.canApply(t)) continue;
      const child = new ParserState(n);
      child.copyFrom(state);
      child.apply(t);
      visit(child, score + scores[t]!);
    }
  };
  visit(new ParserState(n), 0);
  return best;
}
