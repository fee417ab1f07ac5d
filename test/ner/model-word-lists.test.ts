import { documentStats } from "../../ingest/ner/document-stats";
import { modelWordLists } from "../../ingest/ner/model-word-lists";
import { NerFeatureExtractor } from "../../ingest/ner/ner-feature-extractor";
import { createPhraseGazetteer } from "../../ingest/ner/phrase-gazetteer";

describe("the model's word lists", () => {
  it("collect the words of bigram and word features", () => {
    const { bigramWords, featureWords } = modelWordLists([
      "w=Bonn",
      "l=bonn",
      "w-1=said",
      "l2=bank",
      "l-1l0=the|bank",
      "ss=Xx",
      "s1=n",
      "c=0110",
    ]);
    expect([...bigramWords].sort()).toEqual(["bank", "the"]);
    expect([...featureWords].sort()).toEqual(["Bonn", "bank", "bonn", "said"]);
  });

  it("leave every feature id as it was without them", () => {
    const sentences = [
      "Bonn said the bank would sell 12 mln dlrs of bonds to Volodymyr Zelenskiy .",
      "BONN SAYS BANK WILL SELL BONDS",
      "The bank , Bonn said , sold the bonds .",
    ].map((s) => s.split(" "));
    const doc = documentStats(sentences);
    // Every feature of the first sentence, as a trained model might hold them; the rest are unknown.
    const known = new Map<string, number>();
    const intern = new NerFeatureExtractor({ clusters: new Map(), gazetteers: [] }, (f) => {
      if (!known.has(f)) known.set(f, known.size);
      return known.get(f)!;
    });
    intern.sentence(sentences[0]!, doc);
    const lookup = (f: string): number => known.get(f) ?? -1;
    const resources = { clusters: new Map<string, string>(), gazetteers: [createPhraseGazetteer()] };
    const plain = new NerFeatureExtractor(resources, lookup);
    const listed = new NerFeatureExtractor({ ...resources, ...modelWordLists([...known.keys()]) }, lookup);
    for (const words of sentences) expect(listed.sentence(words, doc)).toEqual(plain.sentence(words, doc));
  });
});
