import { modelPath } from "../../ingest/model-path";
import { LinearModel } from "../../ingest/nlp/linear-model";
import { PosTagger, argmax, readGzipJson, type PosTaggerData } from "../../ingest/nlp/pos-tagger";
import { Lemmatizer } from "../../ingest/nlp/lemmatizer";
import { taggerContext, taggerFeatures } from "../../ingest/nlp/tagger-features";

/** The tagger without any cache: every feature of every word scored afresh, as in training. */
function referenceTags(data: PosTaggerData, words: string[]): number[] {
  const k = data.labels.length;
  const ctx = taggerContext(words);
  const known = words.map((w) => data.dictionary[w] ?? -1);
  const decode = (model: LinearModel, step: 1 | -1): Float64Array[] => {
    const scores: Float64Array[] = [];
    let prev = 1;
    let prev2 = 1;
    for (let j = 0; j < words.length; j++) {
      const i = step > 0 ? j : words.length - 1 - j;
      const s = new Float64Array(k);
      const features: number[] = [];
      taggerFeatures(ctx, i, prev, prev2, features, step);
      model.score(features, features.length, s);
      scores[i] = s;
      const best = known[i]! >= 0 ? known[i]! : argmax(s);
      prev2 = prev;
      prev = best + 3;
    }
    return scores;
  };
  const forward = decode(new LinearModel(data.forward), 1);
  const backward = decode(new LinearModel(data.backward!), -1);
  return words.map((_, i) => {
    if (known[i]! >= 0) return known[i]!;
    return argmax(forward[i]!.map((v, c) => v + backward[i]![c]!));
  });
}

describe("POS tagger word cache", () => {
  it("tags as the uncached reference does, on first and repeated sightings of each word", () => {
    const data = readGzipJson<PosTaggerData>(modelPath("pos-tagger.json.gz"), "test", "npm run train:tagger");
    const tagger = new PosTagger(data, new Lemmatizer({ exceptions: {}, rules: {}, maxSuffix: 0 }));
    const sentences = [
      "The shipyard said on Tuesday that third-quarter orders rose 12 pct to 3.5 mln dlrs .",
      "Analysts said the shipyard 's orders rose because tanker rates rose .",
      "Orders , the shipyard said , rose .",
      "Rose said orders rose",
      "1999",
    ].map((s) => s.split(" "));
    // Three rounds: words seen once, then again (neighbour scores cached), then from the cache throughout.
    for (let round = 0; round < 3; round++) {
      for (const words of sentences) expect(tagger.tagIndices(words)).toEqual(referenceTags(data, words));
    }
  });
});
