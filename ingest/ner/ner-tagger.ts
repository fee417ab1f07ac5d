import { existsSync, readFileSync } from "node:fs";
import { modelPath } from "../model-path";
import { LABEL_COUNT, allowedTransitions, bilouToIob2, canEnd } from "./bilou-labels";
import type { DocumentStats } from "./document-stats";
import { gazetteerFromLines } from "./harvest-entity-gazetteer";
import { knowledgeGazetteer } from "./knowledge-gazetteer";
import { NerFeatureExtractor } from "./ner-feature-extractor";
import { modelWordLists } from "./model-word-lists";
import type { NerModel } from "./ner-model";
import { parseNerModel } from "./ner-model";
import { mergePhraseGazetteers } from "./phrase-gazetteer";
import type { NerTag } from "./ner-tag";
import type { LinearSequenceWeights } from "./viterbi-decode";
import { viterbiFromEmissions } from "./viterbi-decode";

export type { EntitySpan, EntityType, NerTag } from "./ner-tag";
export { nerSpans } from "./ner-spans";
export { documentStats } from "./document-stats";
export type { DocumentStats } from "./document-stats";

export const NER_MODEL_FILE = "ner.model.json.gz";

/** Optional context for one sentence: statistics over its whole document (see documentStats). */
export interface NerContext {
  document?: DocumentStats;
}

export interface NerTagger {
  /** IOB2 tags, one per word. Words are tokens as CoNLL or the project's tokenizer produce them. */
  tag(words: readonly string[], context?: NerContext): NerTag[];
  readonly model: NerModel;
}

/** A tagger over an already parsed model; the caller caches it (it holds the weights and a feature cache). */
export function createNerTagger(model: NerModel): NerTagger {
  const index = new Map<string, number>();
  model.features.forEach((f, i) => index.set(f, i));
  const final = new Uint8Array(LABEL_COUNT);
  for (let y = 0; y < LABEL_COUNT; y++) final[y] = canEnd(y) ? 1 : 0;
  const weights: LinearSequenceWeights = {
    labelCount: LABEL_COUNT,
    emission: model.emission,
    transition: model.transition,
    allowed: allowedTransitions(),
    final,
  };
  const { bigramWords, featureWords } = modelWordLists(model.features);
  const extractor = new NerFeatureExtractor(
    {
      clusters: model.clusters,
      // One merged table: the same matches as the two lists apart, for half the lookups.
      gazetteers: [mergePhraseGazetteers([knowledgeGazetteer(), gazetteerFromLines(model.harvested)])],
      bigramWords,
      featureWords,
    },
    (f) => index.get(f) ?? -1,
  );
  const table = { weights: model.emission, labelCount: LABEL_COUNT };
  return {
    model,
    tag(words, context) {
      if (words.length === 0) return [];
      const emit = extractor.emissions(words, context?.document, table);
      return bilouToIob2(viterbiFromEmissions(weights, emit, words.length));
    },
  };
}

/** Loads the committed model (models/ner.model.json.gz unless a path is given). */
export function loadNerTagger(path: string = modelPath(NER_MODEL_FILE)): NerTagger {
  if (!existsSync(path)) throw new Error(`ner: model file ${path} not found; run npm run train:ner`);
  return createNerTagger(parseNerModel(readFileSync(path), path));
}
