import { quotedSpeakers } from "../../ingest/extract/quoted-speakers";
import { arcs, taggedWord } from "../support/arcs";
import { testExtractor } from "../support/test-extractor";

describe("quoted speakers", () => {
  // "Some storms, but nothing damaging," said Charles Miller.
  const tags = [
    taggedWord("PUNCT", "``"),
    taggedWord("DET", "DT"),
    taggedWord("NOUN", "NNS", "storm"),
    taggedWord("PUNCT", ","),
    taggedWord("CCONJ", "CC"),
    taggedWord("PRON", "NN"),
    taggedWord("ADJ", "JJ"),
    taggedWord("PUNCT", ","),
    taggedWord("PUNCT", "''"),
    taggedWord("VERB", "VBD", "say"),
    taggedWord("PROPN", "NNP"),
    taggedWord("PROPN", "NNP"),
    taggedWord("PUNCT", "."),
  ];
  const misparse = arcs(
    "3 punct, 3 det, 10 nsubj, 6 punct, 6 cc, 3 conj, 6 amod, 3 punct, 3 punct, 0 root, 10 obj, 11 flat, 10 punct",
  );

  it("makes the name after an inverted speech verb its subject and the quote's subject what was said", () => {
    const repaired = quotedSpeakers(misparse, tags);
    expect(repaired[10]).toEqual({ head: 10, deprel: "nsubj" });
    expect(repaired[2]).toEqual({ head: 10, deprel: "ccomp" });
    expect(misparse[10]).toEqual({ head: 10, deprel: "obj" });
  });

  it("leaves a speech verb with no quote before it, or whose object has words of the sentence after it", () => {
    const unquoted = tags.map((t, i) => (i === 8 ? taggedWord("PUNCT", ",") : t));
    expect(quotedSpeakers(misparse, unquoted)).toEqual(misparse);
    // "… ,' said Miller plans": the object does not end the sentence.
    const longer = [...tags.slice(0, 12), taggedWord("NOUN", "NNS", "plan"), taggedWord("PUNCT", ".")];
    const withMore = arcs(
      "3 punct, 3 det, 10 nsubj, 6 punct, 6 cc, 3 conj, 6 amod, 3 punct, 3 punct, 0 root, 10 obj, 11 flat, 10 obj, 10 punct",
    );
    expect(quotedSpeakers(withMore, longer)).toEqual(withMore);
  });

  it("does not make the quote's subject say something to the speaker", () => {
    const ts = testExtractor().extract({
      text: '"There might have been some isolated showers, but nothing harmful," said Tom Baker.',
    }).triples;
    expect(ts.filter((t) => t.object.name === "Tom Baker")).toEqual([]);
  });
});
