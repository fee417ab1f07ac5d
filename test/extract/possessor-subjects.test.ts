import { possessorSubjects } from "../../ingest/extract/possessor-subjects";
import { arcs, taggedWord } from "../support/arcs";
import { testExtractor } from "../support/test-extractor";

describe("possessor subjects", () => {
  // Moody 's lowered the rating: "Moody" parsed as the possessor of "lowered".
  const tags = [
    taggedWord("PROPN", "NNP"),
    taggedWord("PART", "POS"),
    taggedWord("VERB", "VBD"),
    taggedWord("DET", "DT"),
    taggedWord("NOUN", "NN"),
  ];
  const misparse = arcs("3 nmod:poss, 1 case, 0 root, 5 det, 3 obj");

  it("makes a name the parser made a verb's possessor that verb's subject when the 's is the name's", () => {
    expect(possessorSubjects(misparse, tags, ["B-ORG", "I-ORG", "O", "O", "O"])[0]).toEqual({
      head: 3,
      deprel: "nsubj",
    });
  });

  it("leaves a possessive outside the name ('Taiwan's leading industrial organisation')", () => {
    expect(possessorSubjects(misparse, tags, ["B-LOC", "O", "O", "O", "O"])).toEqual(misparse);
  });

  it("reads 'Moody's assigned a rating to its stock' as Moody's assigning it", () => {
    const ts = testExtractor().extract({
      text: "Moody's Investors Service rated Acme Corp on Monday. Moody's assigned a Ba-3 rating to its convertible preferred stock.",
    }).triples;
    const moodys = ts.filter((t) => t.subject.name.startsWith("Moody's") && t.sentenceIndex === 1);
    expect(moodys.map((t) => t.predicate)).toContain("ASSIGNED");
    expect(moodys.map((t) => t.predicate)).not.toContain("RECEIVED");
  });
});
