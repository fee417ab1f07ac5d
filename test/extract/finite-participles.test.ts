import { asPastTense, finiteParticiples } from "../../ingest/extract/finite-participles";
import type { Arc, TaggedWord } from "../../ingest/nlp/types";
import { testExtractor } from "../support/test-extractor";

function tagged(xpos: string[]): TaggedWord[] {
  return xpos.map((x) => ({ upos: x.startsWith("VB") ? "VERB" : "NOUN", xpos: x, lemma: "" }));
}

function arcs(list: [number, string][]): Arc[] {
  return list.map(([head, deprel]) => ({ head, deprel }));
}

describe("finite participles", () => {
  // The bank proposed selling shares: "proposed" read as a participle hung on "bank" (1-based heads).
  const tags = tagged(["DT", "NN", "VBN", "VBG", "NNS"]);
  const misparse = arcs([
    [2, "det"],
    [0, "root"],
    [2, "acl"],
    [3, "xcomp"],
    [4, "obj"],
  ]);

  it("finds a participle with a complement hung on the noun before it, in a sentence with no finite verb", () => {
    expect(finiteParticiples(tags, misparse)).toEqual([2]);
    expect(asPastTense(tags, [2]).map((t) => t.xpos)).toEqual(["DT", "NN", "VBD", "VBG", "NNS"]);
  });

  it("leaves a reduced relative alone: after a finite verb, with an auxiliary, or without a complement", () => {
    const afterVerb = tagged(["NNP", "VBD", "DT", "NN", "VBN", "VBG", "NNS"]);
    const relative = arcs([
      [2, "nsubj"],
      [0, "root"],
      [4, "det"],
      [2, "obj"],
      [4, "acl"],
      [5, "xcomp"],
      [6, "obj"],
    ]);
    expect(finiteParticiples(afterVerb, relative)).toEqual([]);
    const bare = arcs([
      [2, "det"],
      [0, "root"],
      [2, "acl"],
      [3, "obl"],
      [4, "obj"],
    ]);
    expect(finiteParticiples(tags, bare)).toEqual([]);
  });

  it("reads a verb the tagger took for a participle as the sentence's verb", () => {
    const ts = testExtractor().extract({ text: "The central bank raised interest rates." }).triples;
    expect(ts.map((t) => `${t.subject.name} ${t.predicate} ${t.object.name}`)).toContain(
      "central bank RAISED interest rates",
    );
  });
});
