import { LABEL_COUNT } from "../../ingest/ner/bilou-labels";
import { documentStats } from "../../ingest/ner/document-stats";
import { NerFeatureExtractor } from "../../ingest/ner/ner-feature-extractor";
import { addPhrase, createPhraseGazetteer } from "../../ingest/ner/phrase-gazetteer";

/** Weights that are float32 values of int16 × scale, as the committed model's are after loading. */
function weights(rows: number): Float32Array {
  const w = new Float32Array(rows * LABEL_COUNT);
  let x = 12345;
  for (let i = 0; i < w.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    w[i] = ((x % 65535) - 32767) * 0.000137;
  }
  return w;
}

describe("NER emissions with cached slot sums", () => {
  it("equal the sums over sentence()'s features, on first and repeated sightings of each word", () => {
    const features = new Map<string, number>();
    // Every feature string gets a row, so all templates contribute.
    const lookup = (f: string): number => {
      let id = features.get(f);
      if (id === undefined) features.set(f, (id = features.size));
      return id;
    };
    const gazetteer = createPhraseGazetteer();
    addPhrase(gazetteer, ["New", "Zealand"], "country");
    const extractor = new NerFeatureExtractor(
      { clusters: new Map([["Wellington", "0110"]]), gazetteers: [gazetteer] },
      lookup,
    );
    const sentences = [
      "Wellington , New Zealand said on Tuesday it would buy 12 mln dlrs of bonds .",
      "NEW ZEALAND SAYS IT WILL BUY BONDS",
      "The bonds , Wellington said , rose .",
    ].map((s) => s.split(" "));
    const doc = documentStats(sentences);
    // Rows are assigned while extracting, so the table is made large enough first.
    for (const words of sentences) extractor.sentence(words, doc);
    const table = { weights: weights(features.size + 1000), labelCount: LABEL_COUNT };
    for (let round = 0; round < 2; round++) {
      for (const words of sentences) {
        const { ids, offsets } = extractor.sentence(words, doc);
        const expected = new Float64Array(words.length * LABEL_COUNT);
        for (let i = 0; i < words.length; i++) {
          for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
            for (let y = 0; y < LABEL_COUNT; y++) {
              expected[i * LABEL_COUNT + y]! += table.weights[ids[k]! * LABEL_COUNT + y]!;
            }
          }
        }
        expect(extractor.emissions(words, doc, table)).toEqual(expected);
      }
    }
  });
});
