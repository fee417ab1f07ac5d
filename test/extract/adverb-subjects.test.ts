import { adverbSubjects } from "../../ingest/extract/adverb-subjects";
import { arcs, taggedUpos } from "../support/arcs";
import { testExtractor } from "../support/test-extractor";

describe("adverb subjects", () => {
  // The President later took action: "President" parsed as the subject of "later".
  const tags = taggedUpos(["DET", "PROPN", "ADV", "VERB", "NOUN"]);
  const misparse = arcs("2 det, 3 nsubj, 4 advmod, 0 root, 4 obj");

  it("gives a subject hung on an adverb to the verb the adverb modifies", () => {
    const repaired = adverbSubjects(misparse, tags);
    expect(repaired[1]).toEqual({ head: 4, deprel: "nsubj" });
    expect(misparse[1]).toEqual({ head: 3, deprel: "nsubj" });
  });

  it("leaves it when the verb has a subject of its own or comes before the adverb", () => {
    const withSubject = arcs("2 det, 3 nsubj, 4 advmod, 0 root, 4 nsubj");
    expect(adverbSubjects(withSubject, tags)).toEqual(withSubject);
    // Took the President later: the adverb modifies a verb before it.
    const before = taggedUpos(["VERB", "DET", "PROPN", "ADV"]);
    const after = arcs("0 root, 3 det, 4 nsubj, 1 advmod");
    expect(adverbSubjects(after, before)).toEqual(after);
  });

  it("lets 'The President later personally took action' be the president's action", () => {
    const ts = testExtractor().extract({
      text: "U.S. President Donald Trump spoke on Monday. The President later personally took action to allow the team into the country.",
    }).triples;
    expect(ts.map((t) => `${t.subject.name} ${t.predicate} ${t.object.name}`)).toContain(
      "Donald Trump ALLOWED team",
    );
  });
});
