import { BeamSearch, BeamTrace, type TransitionScorer } from "../../ingest/nlp/beam-search";
import type { LinearModelData } from "../../ingest/nlp/linear-model";
import { parserFeatures, type ParserSentence } from "../../ingest/nlp/parser-features";
import { ParserState, type Transition } from "../../ingest/nlp/parser-state";
import { oracleSequence } from "./arc-hybrid-oracle";
import { AveragedPerceptron } from "./averaged-perceptron";
import { shuffled } from "./shuffled";

export interface BeamTrainingOptions {
  width: number;
  epochs: number;
  pruneBelow: number;
  /** Seeded generator for the order of the sentences in each epoch. */
  random: () => number;
  /** Dev UAS of the exported transitions, decoded with the beam and greedily. */
  evaluate: (transitions: LinearModelData<number>) => { beam: number; greedy: number };
  log: (line: string) => void;
}

interface GoldSentence {
  sent: ParserSentence;
  transitions: Uint8Array;
}

/**
 * Global training of the transition model over a beam (Zhang & Nivre 2011) with the max-violation update
 * of Huang, Fayong & Guo (2012): each sentence is decoded with the beam to the end, and the weights move
 * towards the gold prefix and away from the beam's best prefix at the step where the best outscores the
 * gold prefix by the most (gold not first in the beam). Early update would stop at the step where gold
 * falls out of the beam and wastes the rest of the sentence; max violation converges in fewer epochs.
 * Gold sequences come from `oracleSequence`, so non-projective sentences train towards the best tree the
 * oracle reaches. The weights are averaged over sentences; returns those of the best dev epoch.
 */
export function trainBeamTransitions(
  sentences: readonly { sent: ParserSentence; gold: Int32Array }[],
  options: BeamTrainingOptions,
): LinearModelData<number> {
  let exact = 0;
  const golds: GoldSentence[] = sentences.map(({ sent, gold }) => {
    const { transitions, correct } = oracleSequence(gold);
    if (correct === gold.length - 1) exact++;
    return { sent, transitions };
  });
  options.log(
    `beam ${options.width}: oracle sequences rebuild ${exact} of ${golds.length} gold trees (the rest are non-projective)`,
  );
  const perceptron = new AveragedPerceptron<number>(3);
  const scorer: TransitionScorer = {
    score: (keys, count, scores) => perceptron.addScores(keys, count, scores),
  };
  const beam = new BeamSearch(options.width);
  const trace = new BeamTrace();
  const features: number[] = [];
  const scores = new Float64Array(3);
  let best = { uas: -1, model: undefined as LinearModelData<number> | undefined };
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const started = Date.now();
    let correct = 0;
    for (const { sent, transitions: gold } of shuffled(golds, options.random)) {
      beam.parse(scorer, sent, trace);
      // Where the gold prefix sits in each step's beam (−1 once it has fallen out).
      const steps = trace.steps;
      const goldRank = new Int32Array(steps);
      for (let i = 0, g = 0; i < steps; i++) {
        let rank = -1;
        if (g >= 0) {
          for (let j = 0; j < trace.sizes[i]!; j++) {
            const at = i * trace.width + j;
            if (trace.parents[at] === g && trace.transitions[at] === gold[i]) rank = j;
          }
        }
        goldRank[i] = g = rank;
      }
      if (goldRank[steps - 1] === 0) {
        correct++;
        perceptron.tick();
        continue;
      }
      // Scores of the gold prefixes under the same weights; all weights are integers while training, so
      // these sums equal the beam's own to the last bit whatever the order of the features.
      const goldScores = new Float64Array(steps);
      const state = new ParserState(sent.words.length - 1);
      let total = 0;
      for (let i = 0; i < steps; i++) {
        const t = gold[i]! as Transition;
        if (!forced(state)) {
          parserFeatures(state, sent, features);
          scores.fill(0);
          perceptron.addScores(features, features.length, scores);
          total += scores[t]!;
        }
        state.apply(t);
        goldScores[i] = total;
      }
      let step = -1;
      let violation = -Infinity;
      for (let i = 0; i < steps; i++) {
        if (goldRank[i] === 0) continue;
        const v = trace.scores[i * trace.width]! - goldScores[i]!;
        if (v > violation) {
          violation = v;
          step = i;
        }
      }
      update(perceptron, sent, gold, trace.sequence(step, 0), features);
      perceptron.tick();
    }
    const model = perceptron.export(options.pruneBelow, 1000);
    const uas = options.evaluate(model);
    options.log(
      `beam ${options.width} transitions epoch ${epoch}: train sentences right ${((100 * correct) / golds.length).toFixed(2)} %, ` +
        `dev UAS ${uas.beam.toFixed(2)} (greedy decoding ${uas.greedy.toFixed(2)}) ` +
        `(${((Date.now() - started) / 1000).toFixed(0)} s, ${model.keys.length} features)`,
    );
    if (uas.beam > best.uas) best = { uas: uas.beam, model };
  }
  if (best.model === undefined) throw new Error("train-beam-transitions: no epochs");
  return best.model;
}

/** SHIFT on a root-only stack, RIGHT on an empty buffer: not scored, as in BeamSearch. */
function forced(state: ParserState): boolean {
  return state.depth === 1 || state.front > state.n;
}

/**
 * The structured update: +1 for the features of every gold move, −1 for every predicted move, over the
 * prefixes up to the violation. Up to the first difference both follow the same states, so they cancel.
 */
function update(
  perceptron: AveragedPerceptron<number>,
  sent: ParserSentence,
  gold: Uint8Array,
  predicted: readonly Transition[],
  features: number[],
): void {
  const n = sent.words.length - 1;
  let split = 0;
  while (split < predicted.length && predicted[split] === gold[split]) split++;
  const goldState = new ParserState(n);
  for (let i = 0; i < split; i++) goldState.apply(gold[i]! as Transition);
  const predictedState = new ParserState(n);
  predictedState.copyFrom(goldState, false);
  const walk = (state: ParserState, moves: ArrayLike<number>, amount: number): void => {
    for (let i = split; i < predicted.length; i++) {
      const t = moves[i]! as Transition;
      if (!forced(state)) {
        parserFeatures(state, sent, features);
        perceptron.add(features, t, amount);
      }
      state.apply(t);
    }
  };
  walk(goldState, gold, 1);
  walk(predictedState, predicted, -1);
}
