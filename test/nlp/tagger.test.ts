import { loadPosTagger, type PosTagger } from "../../ingest/nlp/pos-tagger";
import { tokenize } from "../../ingest/nlp/tokenize";

let tagger: PosTagger;

beforeAll(() => {
  tagger = loadPosTagger();
});

function analyse(text: string): { upos: string[]; xpos: string[]; lemmas: string[] } {
  const tags = tagger.tag(tokenize(text).map((t) => t.text));
  return { upos: tags.map((t) => t.upos), xpos: tags.map((t) => t.xpos), lemmas: tags.map((t) => t.lemma) };
}

describe("POS tagger and lemmatizer", () => {
  it("tags a news sentence", () => {
    const { upos, xpos, lemmas } = analyse("Zelenskiy held a phone call with Trump on Friday.");
    expect(upos).toEqual(["PROPN", "VERB", "DET", "NOUN", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"]);
    expect(xpos.slice(0, 5)).toEqual(["NNP", "VBD", "DT", "NN", "NN"]);
    expect(lemmas[1]).toBe("hold");
  });

  it("lemmatizes inflected forms", () => {
    const { lemmas } = analyse("The ministers said the talks had gone well and were making progress.");
    expect(lemmas).toEqual(
      expect.arrayContaining(["minister", "say", "talk", "have", "go", "be", "make", "progress"]),
    );
  });

  it("tags possessive markers", () => {
    const { upos } = analyse("Putin’s envoy met Ukraine’s negotiators in Istanbul.");
    expect(upos[1]).toBe("PART");
    expect(upos[5]).toBe("PART");
    expect(upos[2]).toBe("NOUN");
  });

  it("returns nothing for no words", () => {
    expect(tagger.tag([])).toEqual([]);
  });
});
