import { reportedClauses } from "../../ingest/extract/reported-clauses";
import { arcs, taggedWord } from "../support/arcs";
import { unfilteredTestExtractor } from "../support/test-extractor";

describe("reported clauses", () => {
  // failures rose 66 pct , it said .
  const tags = [
    taggedWord("NOUN", "NNS", "failure"),
    taggedWord("VERB", "VBD", "rise"),
    taggedWord("NUM", "CD", "66"),
    taggedWord("NOUN", "NN", "pct"),
    taggedWord("PUNCT", ","),
    taggedWord("PRON", "PRP", "it"),
    taggedWord("VERB", "VBD", "say"),
    taggedWord("PUNCT", "."),
  ];

  it("makes an unmarked finite clause hung on a closing 'said' as an adverbial what 'said' reports", () => {
    const parsed = arcs("2 nsubj, 7 advcl, 4 nummod, 2 obl, 2 punct, 7 nsubj, 0 root, 7 punct");
    expect(reportedClauses(parsed, tags)).toEqual(
      arcs("2 nsubj, 7 ccomp, 4 nummod, 2 obl, 2 punct, 7 nsubj, 0 root, 7 punct"),
    );
  });

  it("leaves a clause with a word that subordinates it ('because failures rose …, it said')", () => {
    const marked = [taggedWord("SCONJ", "IN", "because"), ...tags];
    const parsed = arcs("3 mark, 3 nsubj, 8 advcl, 5 nummod, 3 obl, 3 punct, 8 nsubj, 0 root, 8 punct");
    expect(reportedClauses(parsed, marked)).toEqual(parsed);
  });

  it("has the closing speaker state what the clause is about", () => {
    const ts = unfilteredTestExtractor().extract({
      text: "The American Petroleum Institute reported a rise. In Alaska, failures rose by 66.2 per cent, it said.",
    }).triples;
    expect(
      ts.filter((t) => t.predicate === "STATED" && t.sentenceIndex === 1).map((t) => t.object.name),
    ).toContain("failures");
  });
});
