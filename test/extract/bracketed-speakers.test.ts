import { bracketedSpeakers } from "../../ingest/extract/bracketed-speakers";
import { arcs, taggedWord } from "../support/arcs";
import { testExtractor } from "../support/test-extractor";

describe("bracketed speakers", () => {
  // Prices fell , the Statistics Institute ( INSEE ) said .
  const tags = [
    taggedWord("NOUN", "NNS"),
    taggedWord("VERB", "VBD", "fall"),
    taggedWord("PUNCT", ","),
    taggedWord("DET", "DT"),
    taggedWord("PROPN", "NNP"),
    taggedWord("PROPN", "NNP"),
    taggedWord("PUNCT", "-LRB-"),
    taggedWord("PROPN", "NNP"),
    taggedWord("PUNCT", "-RRB-"),
    taggedWord("VERB", "VBD", "say"),
    taggedWord("PUNCT", "."),
  ];
  // The parser hung the name and the acronym on "fell" and left "said" without a subject.
  const misparse = arcs(
    "2 nsubj, 10 ccomp, 6 punct, 6 det, 6 compound, 2 appos, 8 punct, 2 appos, 8 punct, 0 root, 10 punct",
  );

  it("makes the name before a bracketed acronym the subject of the speech verb after it", () => {
    expect(bracketedSpeakers(misparse, tags)).toEqual(
      arcs(
        "2 nsubj, 10 ccomp, 6 punct, 6 det, 6 compound, 10 nsubj, 8 punct, 6 appos, 8 punct, 0 root, 10 punct",
      ),
    );
  });

  it("leaves a speech verb that has a subject", () => {
    const parsed = arcs(
      "2 nsubj, 10 ccomp, 6 punct, 6 det, 6 compound, 10 nsubj, 8 punct, 6 appos, 8 punct, 0 root, 10 punct",
    );
    expect(bracketedSpeakers(parsed, tags)).toEqual(parsed);
  });

  it("has the institute, not its acronym, say it, and the institute is not what it said", () => {
    const ts = testExtractor().extract({
      text: "French household consumption of manufactured goods fell 3.6 pct in March, the National Statistics Institute (INSEE) said.",
    }).triples;
    const stated = ts.filter((t) => t.predicate === "STATED");
    expect(stated.map((t) => t.subject.name)).toEqual(["National Statistics Institute"]);
    expect(stated.map((t) => t.object.name)).not.toContain("National Statistics Institute");
  });
});
