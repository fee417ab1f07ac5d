import { DependencyParser, type DependencyParserData } from "../../ingest/nlp/dependency-parser";
import { labelerFeatures, treeView } from "../../ingest/nlp/labeler-features";
import { parserFeatures, type ParserSentence } from "../../ingest/nlp/parser-features";
import { LEFT, ParserState, RIGHT, SHIFT, type Transition } from "../../ingest/nlp/parser-state";
import { transitionCost } from "./arc-hybrid-oracle";
import { trainBeamTransitions } from "./train-beam-transitions";
import { AveragedPerceptron } from "./averaged-perceptron";
import { seededRandom } from "../../core/seeded-random";
import { shuffled } from "./shuffled";
import type { TreebankSentence } from "./treebank";

export interface ParserTrainingOptions {
  transitionEpochs: number;
  labelerEpochs: number;
  seed: number;
  /** Probability of following the model's own (possibly wrong) transition after the first epoch. */
  explore: number;
  pruneBelow: number;
  /** Transition weights to keep instead of training them (labeler experiments on a finished parser). */
  transitions?: DependencyParserData["transitions"];
  /** Label arcs as they are made and give the transitions label features (Zhang & Nivre 2011). */
  labelFeatures: boolean;
  /** Word clusters (`word<TAB>bit-path` lines) for transition features, stored with the model. */
  clusters?: string;
  /** Train the transitions globally over a beam of this width and decode with it (absent: greedy). */
  beamWidth?: number;
  /** Scores the parser on dev after each epoch: returns [UAS, LAS]. */
  evaluate: (parser: DependencyParser) => [number, number];
  log: (line: string) => void;
}

const TRANSITIONS: readonly Transition[] = [SHIFT, LEFT, RIGHT];

interface Encoded {
  sent: ParserSentence;
  gold: Int32Array;
  labels: Int32Array;
}

export function trainParserModel(
  train: readonly TreebankSentence[],
  options: ParserTrainingOptions,
): DependencyParserData {
  const counts = new Map<string, number>();
  for (const s of train)
    for (const w of s.words) counts.set(w.toLowerCase(), (counts.get(w.toLowerCase()) ?? 0) + 1);
  const vocabulary = [...counts.entries()]
    .filter(([, n]) => n >= 2)
    .map(([w]) => w)
    .sort();
  const tags = [...new Set(train.flatMap((s) => s.xpos))].sort();
  const upos = [...new Set(train.flatMap((s) => s.upos))].sort();
  const labels = [...new Set(train.flatMap((s) => s.deprels))].sort();
  if (labels.length >= 63) throw new Error("parser: too many labels for the labeler's feature packing");
  const empty = { classCount: 0, keys: [], offsets: [0], classIds: [], weights: [], scale: 1 };
  const data: DependencyParserData = {
    vocabulary,
    tags,
    upos,
    labels,
    transitions: empty,
    labeler: empty,
    ...(options.clusters === undefined ? {} : { clusters: options.clusters }),
  };
  const encoder = new DependencyParser({
    ...data,
    transitions: { ...empty, classCount: 3 },
    ...(options.labelFeatures ? { arcLabeler: { ...empty, classCount: labels.length } } : {}),
  });
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const encoded: Encoded[] = train.map((s) => ({
    sent: encoder.encode(
      s.words,
      s.words.map((_, i) => ({ upos: s.upos[i]!, xpos: s.xpos[i]! })),
    ),
    gold: Int32Array.from([0, ...s.heads]),
    labels: Int32Array.from([0, ...s.deprels.map((l) => labelIndex.get(l)! + 1)]),
  }));
  const random = seededRandom(options.seed);

  // Transitions: greedy arc-hybrid with a dynamic oracle and exploration.
  const perceptron = new AveragedPerceptron<number>(3);
  const arcPerceptron = options.labelFeatures ? new AveragedPerceptron<number>(labels.length) : undefined;
  const scoreArc = (keys: number[], out: Float64Array): void => arcPerceptron!.score(keys, out);
  const features: number[] = [];
  const scores = new Float64Array(3);
  let best: {
    uas: number;
    model: DependencyParserData["transitions"];
    arcLabeler?: DependencyParserData["labeler"];
  } = {
    uas: -1,
    model: options.transitions ?? (empty as DependencyParserData["transitions"]),
  };
  // With a beam the transitions are trained globally instead (kept from `transitions` if given: BEAM
  // must then be given again, as it is stored with the model).
  const beamWidth = options.beamWidth;
  if (beamWidth !== undefined) {
    if (options.labelFeatures) throw new Error("parser: beam training does not support label features");
    const devUas = (model: DependencyParserData["transitions"], width?: number): number =>
      options.evaluate(
        new DependencyParser({
          ...data,
          transitions: model,
          labeler: empty,
          ...(width === undefined ? {} : { beamWidth: width }),
        }),
      )[0];
    if (!options.transitions) {
      best.model = trainBeamTransitions(encoded, {
        width: beamWidth,
        epochs: options.transitionEpochs,
        pruneBelow: options.pruneBelow,
        random,
        // Greedy decoding of the same weights shows what the search itself adds.
        evaluate: (model) => ({ beam: devUas(model, beamWidth), greedy: devUas(model) }),
        log: options.log,
      });
    }
    data.beamWidth = beamWidth;
  }
  const transitionEpochs = options.transitions || beamWidth !== undefined ? 0 : options.transitionEpochs;
  for (let epoch = 1; epoch <= transitionEpochs; epoch++) {
    const started = Date.now();
    let correct = 0;
    let total = 0;
    for (const { sent, gold, labels: goldLabels } of shuffled(encoded, random)) {
      const state = new ParserState(sent.words.length - 1);
      while (!state.done) {
        parserFeatures(state, sent, features);
        perceptron.score(features, scores);
        let predicted: Transition | -1 = -1;
        let oracle: Transition | -1 = -1;
        let minCost = Infinity;
        const costs = [Infinity, Infinity, Infinity];
        for (const t of TRANSITIONS) {
          if (!state.canApply(t)) continue;
          costs[t] = transitionCost(state, t, gold);
          minCost = Math.min(minCost, costs[t]!);
          if (predicted === -1 || scores[t]! > scores[predicted]!) predicted = t;
        }
        for (const t of TRANSITIONS) {
          if (costs[t] === minCost && (oracle === -1 || scores[t]! > scores[oracle]!)) oracle = t;
        }
        const p = predicted as Transition;
        const o = oracle as Transition;
        total++;
        if (costs[p] === minCost) correct++;
        else perceptron.update(features, o, p);
        perceptron.tick();
        const follow = costs[p] === minCost || (epoch > 1 && random() < options.explore) ? p : o;
        if (arcPerceptron === undefined || follow === SHIFT) {
          state.apply(follow);
          continue;
        }
        // The arc is labelled by the labeler being trained, as at run time; it learns only from gold arcs.
        const d = state.stack[state.depth - 1]!;
        const h = follow === LEFT ? state.front : state.stack[state.depth - 2]!;
        const guess = encoder.arcLabel(state, sent, h, d, scoreArc);
        if (gold[d] === h && h !== 0 && sent.upos[d] !== encoder.punctUpos) {
          arcPerceptron.update(encoder.arcFeatures, goldLabels[d]! - 1, guess);
          arcPerceptron.tick();
        }
        state.apply(follow);
        state.setLabel(d, guess + 1);
      }
    }
    const model = perceptron.export(options.pruneBelow, 1000);
    const arcLabeler = arcPerceptron?.export(options.pruneBelow, 1000);
    const parser = new DependencyParser({
      ...data,
      transitions: model,
      labeler: empty,
      ...(arcLabeler === undefined ? {} : { arcLabeler }),
    });
    const [uas, las] = options.evaluate(parser);
    options.log(
      `transitions epoch ${epoch}: train oracle agreement ${((100 * correct) / total).toFixed(2)}, ` +
        `dev UAS ${uas.toFixed(2)}${arcLabeler === undefined ? "" : ` (arc labels: LAS ${las.toFixed(2)})`} (${((Date.now() - started) / 1000).toFixed(0)} s, ${model.keys.length} features)`,
    );
    if (uas > best.uas) best = { uas, model, ...(arcLabeler === undefined ? {} : { arcLabeler }) };
  }
  data.transitions = best.model;
  if (best.arcLabeler !== undefined) data.arcLabeler = best.arcLabeler;

  // Labels: a classifier over complete gold trees, heads labelled before their dependents.
  const labeler = new AveragedPerceptron<number>(labels.length);
  const labelScores = new Float64Array(labels.length);
  let bestLas = { las: -1, model: empty as DependencyParserData["labeler"] };
  for (let epoch = 1; epoch <= options.labelerEpochs; epoch++) {
    const started = Date.now();
    for (const { sent, gold, labels: goldLabels } of shuffled(encoded, random)) {
      const tree = treeView(gold);
      for (let d = 1; d < gold.length; d++) {
        labelerFeatures(sent, tree, d, goldLabels, features);
        labeler.score(features, labelScores);
        let guess = 0;
        for (let c = 1; c < labelScores.length; c++) if (labelScores[c]! > labelScores[guess]!) guess = c;
        labeler.update(features, goldLabels[d]! - 1, guess);
        labeler.tick();
      }
    }
    const model = labeler.export(options.pruneBelow, 1000);
    const [uas, las] = options.evaluate(new DependencyParser({ ...data, labeler: model }));
    options.log(
      `labeler epoch ${epoch}: dev UAS ${uas.toFixed(2)} LAS ${las.toFixed(2)} ` +
        `(${((Date.now() - started) / 1000).toFixed(0)} s, ${model.keys.length} features)`,
    );
    if (las > bestLas.las) bestLas = { las, model };
  }
  data.labeler = bestLas.model;
  return data;
}
