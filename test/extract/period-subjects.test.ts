import { periodSubjects } from "../../ingest/extract/period-subjects";
import { arcs, taggedWord as word } from "../support/arcs";
import { unfilteredTestExtractor } from "../support/test-extractor";

describe("period subjects", () => {
  // "net both periods includes credit", parsed with two subjects of "includes".
  const tags = [
    word("NOUN", "NN", "net"),
    word("DET", "DT", "both"),
    word("NOUN", "NNS", "period"),
    word("VERB", "VBZ", "include"),
    word("NOUN", "NN", "credit"),
  ];

  it("makes 'both periods' beside another subject a temporal modifier", () => {
    const parsed = arcs("4 nsubj, 3 det, 4 nsubj, 0 root, 4 obj");
    expect(periodSubjects(parsed, tags)[2]).toEqual({ head: 4, deprel: "obl:tmod" });
  });

  it("keeps 'both periods' as the subject when it is the only one", () => {
    const parsed = arcs("3 compound, 3 det, 4 nsubj, 0 root, 4 obj");
    expect(periodSubjects(parsed, tags)).toBe(parsed);
  });

  it("gives an earnings note's inclusion to the net", () => {
    const ts = unfilteredTestExtractor().extract({
      text: "NOTE: 1986 net both periods includes 72,000 dlr tax credit.",
    }).triples;
    expect(ts.filter((t) => t.predicate === "INCLUDED").map((t) => [t.subject.name, t.object.name])).toEqual([
      ["net", "tax credit"],
    ]);
  });
});
