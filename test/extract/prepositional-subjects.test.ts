import { prepositionalSubjects } from "../../ingest/extract/prepositional-subjects";
import { arcs, taggedWord } from "../support/arcs";
import { testExtractor } from "../support/test-extractor";

describe("prepositional subjects", () => {
  // under terms of the contract Testing asked it
  const tags = [
    taggedWord("ADP", "IN", "under"),
    taggedWord("NOUN", "NNS", "term"),
    taggedWord("ADP", "IN", "of"),
    taggedWord("DET", "DT", "the"),
    taggedWord("NOUN", "NN", "contract"),
    taggedWord("PROPN", "NNP", "Testing"),
    taggedWord("VERB", "VBD", "ask"),
    taggedWord("PRON", "PRP", "it"),
  ];

  it("makes a phrase with its own preposition, ahead of the verb's real subject, the verb's oblique", () => {
    const parsed = arcs("2 case, 7 nsubj, 5 case, 5 det, 2 nmod, 7 nsubj, 0 root, 7 obj");
    expect(prepositionalSubjects(parsed, tags)).toEqual(
      arcs("2 case, 7 obl, 5 case, 5 det, 2 nmod, 7 nsubj, 0 root, 7 obj"),
    );
  });

  it("leaves a lone subject, and a phrase after the real subject ('the wheat for Jordan includes')", () => {
    const lone = arcs("2 case, 7 nsubj, 5 case, 5 det, 2 nmod, 7 obl, 0 root, 7 obj");
    expect(prepositionalSubjects(lone, tags)).toEqual(lone);
    const after = tags.map((t, i) => (i === 0 ? taggedWord("ADP", "IN", "for") : t));
    const parsed = arcs("2 case, 7 nsubj, 5 case, 5 det, 2 nmod, 7 nsubj, 0 root, 7 obj");
    expect(prepositionalSubjects(parsed, after)).toEqual(parsed);
  });

  it("takes the clause's subject, not the terms it acts under, for what a statement is about", () => {
    const ts = testExtractor().extract({
      text: "Endata Inc said that under terms of the contract Educational Testing asked it to terminate development of an advanced image processing system.",
    }).triples;
    expect(ts.filter((t) => t.predicate === "STATED").map((t) => t.object.name)).toEqual([
      "Educational Testing",
    ]);
  });
});
