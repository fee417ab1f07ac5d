import { modelPath } from "../model-path";
import { BeamSearch } from "./beam-search";
import { CLUSTER_PREFIX_COUNT, clusterTable, lookupCluster, type ClusterTable } from "./cluster-table";
import { arcLabelFeatures } from "./arc-label-features";
import { arcTagFeatures, labelerFeaturesBesideTags, treeView } from "./labeler-features";
import { LinearModel, type LinearModelData } from "./linear-model";
import {
  NO_TAG,
  ROOT_CLUSTER,
  ROOT_TAG,
  ROOT_WORD,
  UNKNOWN_WORD,
  bufferFeatures,
  configurationFeatures,
  stackFeatures,
  type ParserSentence,
} from "./parser-features";
import { LEFT, ParserState, RIGHT, SHIFT, type Transition } from "./parser-state";
import { readGzipJson } from "./pos-tagger";
import type { Arc, TaggedWord } from "./types";

/** The serialized parser: vocabularies, transition weights and arc-label weights. */
export interface DependencyParserData {
  /** Lower-cased words; word id = index + 3 (0 none, 1 unknown, 2 root). */
  vocabulary: string[];
  /** XPOS tags; id = index + 2 (0 none, 1 root). */
  tags: string[];
  /** UPOS tags; id = index + 2. */
  upos: string[];
  /** Dependency labels; label id = index + 1 (0 is the root's "no label"). */
  labels: string[];
  transitions: LinearModelData<number>;
  labeler: LinearModelData<number>;
  /**
   * Labels arcs as the parser makes them, so that transitions see the labels of attached dependents
   * (absent: transitions trained without label features).
   */
  arcLabeler?: LinearModelData<number>;
  /** Word clusters the transition weights were trained with, as `word<TAB>bit-path` lines (absent: none). */
  clusters?: string;
  /**
   * Decode with a beam of this width (transitions trained globally over such a beam); absent: greedy.
   */
  beamWidth?: number;
}

const TRANSITIONS: readonly Transition[] = [SHIFT, LEFT, RIGHT];

export class DependencyParser {
  private readonly transitions: LinearModel;
  private readonly labeler: LinearModel;
  private readonly arcLabeler: LinearModel | undefined;
  /** Features of the last arc scored by `arcLabel` (training updates them). */
  readonly arcFeatures: number[] = [];
  private readonly wordIds: Map<string, number>;
  private readonly tagIds: Map<string, number>;
  private readonly uposIds: Map<string, number>;
  readonly labels: readonly string[];
  readonly punctUpos: number;
  private readonly clusters: ClusterTable | undefined;
  private readonly beam: BeamSearch | undefined;
  // Scratch buffers reused between sentences.
  private readonly features: number[] = [];
  private readonly scores = new Float64Array(3);
  private readonly bufferScores = new Float64Array(3);
  private stackScores = new Float64Array(0);
  private readonly labelScores: Float64Array;
  private readonly arcTagCache = new Map<number, Float64Array>();
  private readonly arcTagKeys: number[] = [];
  /** Label indices (0-based) of root and punct, −1 if unknown. */
  readonly rootLabel: number;
  readonly punctLabel: number;

  constructor(data: DependencyParserData) {
    this.transitions = new LinearModel(data.transitions);
    this.labeler = new LinearModel(data.labeler);
    this.arcLabeler = data.arcLabeler === undefined ? undefined : new LinearModel(data.arcLabeler);
    this.wordIds = new Map(data.vocabulary.map((w, i) => [w, i + 3]));
    this.tagIds = new Map(data.tags.map((t, i) => [t, i + 2]));
    this.uposIds = new Map(data.upos.map((t, i) => [t, i + 2]));
    this.labels = data.labels;
    this.punctUpos = this.uposIds.get("PUNCT") ?? -1;
    this.labelScores = new Float64Array(this.labels.length);
    this.rootLabel = this.labels.indexOf("root");
    this.punctLabel = this.labels.indexOf("punct");
    this.clusters = data.clusters === undefined ? undefined : clusterTable(data.clusters);
    // The beam copies states without their labels, and the arc labeler was only ever trained greedily.
    if (data.beamWidth !== undefined && this.arcLabeler !== undefined)
      throw new Error("dependency-parser: beam search does not support an arc labeler");
    this.beam = data.beamWidth === undefined ? undefined : new BeamSearch(data.beamWidth);
  }

  /** Integer atoms of a sentence, with the root at index 0. */
  encode(words: readonly string[], tags: readonly { upos: string; xpos: string }[]): ParserSentence {
    const n = words.length;
    const sent: ParserSentence = {
      words: new Int32Array(n + 1),
      tags: new Int32Array(n + 1),
      upos: new Int32Array(n + 1),
    };
    sent.words[0] = ROOT_WORD;
    sent.tags[0] = ROOT_TAG;
    sent.upos[0] = ROOT_TAG;
    if (this.arcLabeler !== undefined) sent.labelFeatures = true;
    for (let i = 0; i < n; i++) {
      sent.words[i + 1] = this.wordIds.get(words[i]!.toLowerCase()) ?? UNKNOWN_WORD;
      sent.tags[i + 1] = this.tagIds.get(tags[i]!.xpos) ?? NO_TAG;
      sent.upos[i + 1] = this.uposIds.get(tags[i]!.upos) ?? NO_TAG;
    }
    if (this.clusters !== undefined) {
      const clusters = Array.from({ length: CLUSTER_PREFIX_COUNT }, () => new Int32Array(n + 1));
      for (const c of clusters) c[0] = ROOT_CLUSTER;
      for (let i = 0; i < n; i++) {
        const path = lookupCluster(this.clusters, words[i]!);
        if (path !== undefined) for (let k = 0; k < path.length; k++) clusters[k]![i + 1] = path[k]!;
      }
      sent.clusters = clusters;
    }
    return sent;
  }

  parse(words: readonly string[], tags: readonly TaggedWord[]): Arc[] {
    if (words.length !== tags.length) throw new Error("dependency-parser: words and tags differ in length");
    if (words.length === 0) return [];
    const sent = this.encode(words, tags);
    const state =
      this.beam === undefined
        ? this.greedyParse(this.transitions, sent)
        : this.beam.parse(this.transitions, sent);
    const heads = state.heads;
    // Without a trained labeler (while the transitions are trained) the arc labeler's labels are final.
    const labels =
      this.labeler.classCount === 0 && this.arcLabeler !== undefined
        ? Array.from(state.labels.subarray(1))
        : this.label(sent, heads);
    return labels.map((label, i) => ({ head: heads[i + 1]!, deprel: this.labels[label - 1] ?? "dep" }));
  }

  /** Unlabelled greedy parse; heads[d] for d = 1..n. */
  attach(sent: ParserSentence): Int32Array {
    return this.greedyParse(this.transitions, sent).heads;
  }

  /** Unlabelled parse with a beam of `width` over the transition model; heads[d] for d = 1..n. */
  attachWithBeam(sent: ParserSentence, width: number): Int32Array {
    const beam = this.beam?.width === width ? this.beam : new BeamSearch(width);
    return beam.parse(this.transitions, sent).heads;
  }

  /**
   * Greedy parse with `model`; the final state has heads[d] for d = 1..n (and labels with an arc labeler).
   */
  greedyParse(model: LinearModel, sent: ParserSentence): ParserState {
    const n = sent.words.length - 1;
    const state = new ParserState(n);
    const features = this.features;
    const scores = this.scores;
    // The stack features depend on s0 alone and the buffer features on the front alone (see
    // parserFeatures), so their scores are computed once per word and reused while it stays in place.
    if (this.stackScores.length < 3 * (n + 1)) this.stackScores = new Float64Array(6 * (n + 1));
    const stackScores = this.stackScores.fill(NaN, 0, 3 * (n + 1));
    const bufferScores = this.bufferScores;
    let bufferFront = -1;
    while (!state.done) {
      // A forced move (only the root on the stack, or an empty buffer) needs no scoring.
      if (state.depth === 1) {
        state.apply(SHIFT);
        continue;
      }
      if (state.front > n) {
        this.applyLabelled(state, sent, RIGHT);
        continue;
      }
      const s0 = state.stack[state.depth - 1]!;
      if (Number.isNaN(stackScores[3 * s0]!)) {
        features.length = 0;
        stackFeatures(state, sent, features);
        scores.fill(0);
        model.score(features, features.length, scores);
        stackScores.set(scores, 3 * s0);
      }
      if (bufferFront !== state.front) {
        features.length = 0;
        bufferFeatures(state, sent, features);
        bufferScores.fill(0);
        model.score(features, features.length, bufferScores);
        bufferFront = state.front;
      }
      features.length = 0;
      configurationFeatures(state, sent, features);
      for (let t = 0; t < 3; t++) scores[t] = stackScores[3 * s0 + t]! + bufferScores[t]!;
      model.score(features, features.length, scores);
      let best: Transition | -1 = -1;
      for (const t of TRANSITIONS) {
        if (state.canApply(t) && (best === -1 || scores[t]! > scores[best]!)) best = t;
      }
      this.applyLabelled(state, sent, best as Transition);
    }
    return state;
  }

  /** Applies a transition and, with an arc labeler, labels the arc it makes. */
  private applyLabelled(state: ParserState, sent: ParserSentence, t: Transition): void {
    if (this.arcLabeler === undefined || t === SHIFT) {
      state.apply(t);
      return;
    }
    const d = state.stack[state.depth - 1]!;
    const h = t === LEFT ? state.front : state.stack[state.depth - 2]!;
    const label = this.arcLabel(state, sent, h, d, (features, scores) =>
      this.arcLabeler!.score(features, features.length, scores),
    );
    state.apply(t);
    state.setLabel(d, label + 1);
  }

  /**
   * The label index (0-based) of the arc h → d about to be made, from `score` (the run-time model, or the
   * perceptron being trained): root for the root's dependent, punct for punctuation, else the best other.
   */
  arcLabel(
    state: ParserState,
    sent: ParserSentence,
    h: number,
    d: number,
    score: (features: number[], scores: Float64Array) => void,
  ): number {
    if (h === 0 && this.rootLabel >= 0) return this.rootLabel;
    if (sent.upos[d] === this.punctUpos && this.punctLabel >= 0) return this.punctLabel;
    const features = this.arcFeatures;
    arcLabelFeatures(state, sent, h, d, features);
    const scores = this.labelScores;
    scores.fill(0);
    score(features, scores);
    let best = this.rootLabel === 0 ? 1 : 0;
    for (let c = 0; c < scores.length; c++) if (c !== this.rootLabel && scores[c]! > scores[best]!) best = c;
    return best;
  }

  /**
   * The labeler's scores of arcTagFeatures for the arc h → d, cached per tag combination. Sums of weights
   * are exact (see LinearModel), so the cached part plus the rest is the sum over all features.
   */
  private arcTagScores(sent: ParserSentence, d: number, h: number): Float64Array {
    const dp = sent.tags[d]!;
    const du = sent.upos[d]!;
    const hp = sent.tags[h]!;
    const hu = sent.upos[h]!;
    const dir = d < h ? 1 : 2;
    const tagCount = this.tagIds.size + 2;
    const uposCount = this.uposIds.size + 2;
    const key = (((dp * uposCount + du) * tagCount + hp) * uposCount + hu) * 2 + dir - 1;
    let scores = this.arcTagCache.get(key);
    if (scores === undefined) {
      if (this.arcTagCache.size >= ARC_TAG_CACHE_SIZE) this.arcTagCache.clear();
      scores = new Float64Array(this.labels.length);
      const features = this.arcTagKeys;
      features.length = 0;
      arcTagFeatures(dp, du, hp, hu, dir, features);
      this.labeler.score(features, features.length, scores);
      this.arcTagCache.set(key, scores);
    }
    return scores;
  }

  /** Label ids (1-based) for words 1..n, given in order from the root down so each head's label is known. */
  label(sent: ParserSentence, heads: Int32Array): number[] {
    const tree = treeView(heads);
    const labels = new Array<number>(heads.length).fill(0);
    const scores = this.labelScores;
    const features = this.features;
    const rootLabel = this.rootLabel;
    const punctLabel = this.punctLabel;
    // Breadth-first from the root: every word comes after its head.
    const queue = new Int32Array(heads.length);
    let end = 0;
    for (const c of tree.children[0]!) queue[end++] = c;
    for (let q = 0; q < end; q++) {
      const d = queue[q]!;
      for (const c of tree.children[d]!) queue[end++] = c;
      // Punctuation is "punct" in UD whatever its context (checked on EWT dev: no loss); it saves a tenth of the work.
      if (sent.upos[d] === this.punctUpos && heads[d] !== 0 && punctLabel >= 0) {
        labels[d] = punctLabel + 1;
        continue;
      }
      // The root's dependent is always "root" (nothing to score), and nothing else is.
      if (heads[d] === 0) {
        labels[d] = rootLabel + 1;
        continue;
      }
      scores.set(this.arcTagScores(sent, d, heads[d]!));
      features.length = 0;
      labelerFeaturesBesideTags(sent, tree, d, labels, features);
      this.labeler.score(features, features.length, scores);
      let best = 0;
      for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
      if (best === rootLabel) best = secondBest(scores, rootLabel);
      labels[d] = best + 1;
    }
    return labels.slice(1);
  }
}

/** A bound on the arc-tag score cache: 2,200 Reuters articles hold about 1,600 tag combinations. */
const ARC_TAG_CACHE_SIZE = 20_000;

function secondBest(scores: Float64Array, excluded: number): number {
  let best = excluded === 0 ? 1 : 0;
  for (let c = 0; c < scores.length; c++) if (c !== excluded && scores[c]! > scores[best]!) best = c;
  return best;
}

export function loadDependencyParser(path = modelPath("parser.json.gz")): DependencyParser {
  return new DependencyParser(
    readGzipJson<DependencyParserData>(path, "dependency-parser", "npm run train:parse"),
  );
}
