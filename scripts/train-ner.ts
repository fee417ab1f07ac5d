/**
 * Trains the NER model on CoNLL-2003 train, picks the epoch with the best dev F1, and writes
 * models/ner.model.json.gz. Deterministic for a given --seed.
 * Usage: npm run train:ner -- [--epochs 12] [--seed 7] [--limit N sentences] [--out path] [--data dir]
 *        [--clusters models/clusters.tsv.gz] [--folds 10] [--min-count 1] [--runs 3]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { bilouToIob2, spansToBilou } from "../ingest/ner/bilou-labels";
import type { ConllSentence } from "../ingest/ner/conll";
import { groupByDocument, readConll } from "../ingest/ner/conll";
import { documentStats } from "../ingest/ner/document-stats";
import type { LabelledSentence } from "../ingest/ner/harvest-entity-gazetteer";
import { gazetteerLines, harvestEntityGazetteer } from "../ingest/ner/harvest-entity-gazetteer";
import { knowledgeGazetteer } from "../ingest/ner/knowledge-gazetteer";
import type { SentenceFeatures } from "../ingest/ner/ner-feature-extractor";
import { NerFeatureExtractor } from "../ingest/ner/ner-feature-extractor";
import { serializeNerModel } from "../ingest/ner/ner-model";
import { spansOfTags } from "../ingest/ner/ner-spans";
import { formatSpanScore, scoreSpans } from "../ingest/ner/score-spans";
import type { TrainingExample } from "../ingest/ner/train-perceptron";
import { trainPerceptron } from "../ingest/ner/train-perceptron";
import type { LinearSequenceWeights } from "../ingest/ner/viterbi-decode";
import { viterbiDecode } from "../ingest/ner/viterbi-decode";
import { modelPath } from "../ingest/model-path";

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
}

function readClusters(path: string): Map<string, string> {
  const clusters = new Map<string, string>();
  for (const line of gunzipSync(readFileSync(path)).toString("utf8").split("\n")) {
    const tab = line.indexOf("\t");
    if (tab > 0) clusters.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return clusters;
}

function main(): void {
  const args = process.argv.slice(2);
  const epochs = Number(option(args, "--epochs", "12"));
  const seed = Number(option(args, "--seed", "7"));
  const limit = Number(option(args, "--limit", "0"));
  const folds = Number(option(args, "--folds", "10"));
  const minCount = Number(option(args, "--min-count", "1"));
  const runs = Number(option(args, "--runs", "3"));
  const data = option(args, "--data", join(__dirname, "..", "..", "shared", "data", "conll2003"));
  const out = option(args, "--out", modelPath("ner.model.json.gz"));
  const started = Date.now();
  const log = (msg: string): void => console.error(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`);

  const train = readConll(readFileSync(join(data, "eng.train"), "utf8"));
  const dev = readConll(readFileSync(join(data, "eng.testa"), "utf8"));
  let trainDocs = groupByDocument(train.sentences);
  if (limit > 0) {
    let kept = 0;
    trainDocs = trainDocs.filter((d) => (kept += d.length) <= limit);
  }
  const labelled = (s: ConllSentence): LabelledSentence => ({
    words: s.words,
    spans: spansOfTags(s.gold ?? []),
  });
  const clusters = readClusters(option(args, "--clusters", modelPath("clusters.tsv.gz")));
  const knowledge = knowledgeGazetteer();

  const featureIndex = new Map<string, number>();
  const features: string[] = [];
  const intern = (f: string): number => {
    let id = featureIndex.get(f);
    if (id === undefined) {
      id = features.length;
      featureIndex.set(f, id);
      features.push(f);
    }
    return id;
  };
  // Cross-fold harvesting: a training document sees entity strings harvested from the other folds only, so the
  // model learns how far to trust a gazetteer hit on text the gazetteer was not built from.
  const examples: TrainingExample[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const others = trainDocs
      .filter((_, d) => d % folds !== fold)
      .flat()
      .map(labelled);
    const extractor = new NerFeatureExtractor(
      { clusters, gazetteers: [knowledge, harvestEntityGazetteer(others, minCount)] },
      intern,
    );
    trainDocs.forEach((doc, d) => {
      if (d % folds !== fold) return;
      const stats = documentStats(doc.map((s) => s.words));
      for (const s of doc) {
        const spans = spansOfTags(s.gold ?? []);
        examples.push({
          features: extractor.sentence(s.words, stats),
          gold: spansToBilou(spans, s.words.length),
        });
      }
    });
  }
  const fullGazetteer = harvestEntityGazetteer(trainDocs.flat().map(labelled), minCount);
  const devExtractor = new NerFeatureExtractor(
    { clusters, gazetteers: [knowledge, fullGazetteer] },
    (f) => featureIndex.get(f) ?? -1,
  );
  const devFeatures: SentenceFeatures[] = [];
  for (const doc of groupByDocument(dev.sentences)) {
    const stats = documentStats(doc.map((s) => s.words));
    for (const s of doc) devFeatures.push(devExtractor.sentence(s.words, stats));
  }
  const devGold = dev.sentences.map((s) => s.gold ?? []);
  log(
    `${examples.length} training sentences, ${features.length} features; dev ${devFeatures.length} sentences`,
  );

  // Several runs that differ only in the shuffling seed, each stopped at its best dev epoch, averaged into one
  // weight vector: the same cost at run time, less dependence on one shuffle order.
  const evaluate = (weights: LinearSequenceWeights): number =>
    scoreSpans(
      devGold,
      devFeatures.map((f) => bilouToIob2(viterbiDecode(weights, f))),
    ).overall.f1;
  let ensemble: LinearSequenceWeights | undefined;
  const bestEpochs: number[] = [];
  for (let run = 0; run < runs; run++) {
    const result = trainPerceptron(examples, {
      epochs,
      seed: seed + run,
      featureCount: features.length,
      onEpoch: (epoch, weights, mistakes) => {
        const pred = devFeatures.map((f) => bilouToIob2(viterbiDecode(weights, f)));
        const score = scoreSpans(devGold, pred);
        const t = score.byType;
        log(
          `run ${run + 1} epoch ${epoch}: ${mistakes} sentences wrong; dev F1 ${score.overall.f1.toFixed(2)} ` +
            `(PER ${t.PER.f1.toFixed(2)} ORG ${t.ORG.f1.toFixed(2)} LOC ${t.LOC.f1.toFixed(2)} MISC ${t.MISC.f1.toFixed(2)})`,
        );
        return score.overall.f1;
      },
    });
    bestEpochs.push(result.bestEpoch);
    if (!ensemble) ensemble = result.best;
    else {
      for (let k = 0; k < ensemble.emission.length; k++) ensemble.emission[k]! += result.best.emission[k]!;
      for (let k = 0; k < ensemble.transition.length; k++)
        ensemble.transition[k]! += result.best.transition[k]!;
    }
    if (runs > 1) {
      const mean: LinearSequenceWeights = {
        ...ensemble,
        emission: ensemble.emission.map((v) => v / (run + 1)),
        transition: ensemble.transition.map((v) => v / (run + 1)),
      };
      log(`average of ${run + 1} run(s): dev F1 ${evaluate(mean).toFixed(2)}`);
    }
  }
  if (!ensemble) throw new Error("ner: no training run");
  const final: LinearSequenceWeights = {
    ...ensemble,
    emission: ensemble.emission.map((v) => v / runs),
    transition: ensemble.transition.map((v) => v / runs),
  };
  const pred = devFeatures.map((f) => bilouToIob2(viterbiDecode(final, f)));
  const finalScore = scoreSpans(devGold, pred);
  log(`best epochs ${bestEpochs.join(", ")}; final model on dev:\n${formatSpanScore(finalScore)}`);
  const buf = serializeNerModel({
    features,
    emission: Float32Array.from(final.emission),
    transition: Float32Array.from(final.transition),
    clusters,
    harvested: gazetteerLines(fullGazetteer),
    meta: {
      trainedOn: "CoNLL-2003 eng.train",
      seed,
      epochs,
      runs,
      bestEpochs: bestEpochs.join(","),
      devF1: Math.round(finalScore.overall.f1 * 100) / 100,
      folds,
      minCount,
    },
  });
  writeFileSync(out, buf);
  log(`wrote ${out} (${(buf.length / 1e6).toFixed(2)} MB)`);
}

main();
