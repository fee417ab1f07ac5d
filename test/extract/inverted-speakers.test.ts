import { invertedSpeakers } from "../../ingest/extract/inverted-speakers";
import { arcs, taggedWord } from "../support/arcs";
import { testExtractor } from "../support/test-extractor";

describe("inverted speakers", () => {
  // prices will rise , said the bank .
  const tags = [
    taggedWord("NOUN", "NNS", "price"),
    taggedWord("AUX", "MD", "will"),
    taggedWord("VERB", "VB", "rise"),
    taggedWord("PUNCT", ","),
    taggedWord("VERB", "VBD", "say"),
    taggedWord("DET", "DT", "the"),
    taggedWord("NOUN", "NN", "bank"),
    taggedWord("PUNCT", "."),
  ];
  const misparse = arcs("3 nsubj, 3 aux, 0 root, 5 punct, 3 conj, 7 det, 5 obj, 3 punct");

  it("makes the object of a closing 'said' conjoined with the clause its speaker", () => {
    expect(invertedSpeakers(misparse, tags)).toEqual(
      arcs("3 nsubj, 3 aux, 0 root, 5 punct, 3 parataxis, 7 det, 5 nsubj, 3 punct"),
    );
  });

  it("leaves it when the clause before the comma has no finite verb ('The report, dated March 24, noted …')", () => {
    // prices soon dated , said the bank .
    const untensed = tags.map((t, i) =>
      i === 1 ? taggedWord("ADV", "RB", "soon") : i === 2 ? taggedWord("VERB", "VBN", "date") : t,
    );
    const parsed = arcs("3 nsubj, 3 advmod, 0 root, 5 punct, 3 conj, 7 det, 5 obj, 3 punct");
    expect(invertedSpeakers(parsed, untensed)).toEqual(parsed);
  });

  it("has the bank say it, not South Africa say the bank", () => {
    const ts = testExtractor().extract({
      text: "South Africa must drive down its inflation rate to much lower levels to prevent a further decline in the rand, said Volkskas Bank in its monthly economic review.",
    }).triples;
    expect(ts.filter((t) => t.predicate === "STATED").map((t) => [t.subject.name, t.object.name])).toEqual([
      ["Volkskas Bank", "South Africa"],
    ]);
  });
});
