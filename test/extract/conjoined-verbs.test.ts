import { conjoinedVerbs } from "../../ingest/extract/conjoined-verbs";
import { arcs, taggedWord as word } from "../support/arcs";
import { tripleLines } from "../support/triple-lines";

describe("verbs in -s read as plural nouns before a conjoined verb", () => {
  // "gold manages and develops mines": "manages" an NNS subject, "develops" its conjunct.
  const tags = [
    word("NOUN", "NN", "gold"),
    word("NOUN", "NNS", "manage"),
    word("CCONJ", "CC", "and"),
    word("VERB", "VBZ", "develop"),
    word("NOUN", "NNS", "mine"),
  ];
  const misparse = arcs("2 compound, 0 root, 4 cc, 2 conj, 4 obj");

  it("finds a plural noun right before 'and' whose conjunct right after it is a VBZ verb", () => {
    expect(conjoinedVerbs(tags, misparse)).toEqual([1]);
  });

  it("leaves a plural noun conjoined with a noun, and a verb not conjoined with it", () => {
    const nouns = tags.map((t, i) => (i === 3 ? word("NOUN", "NNS", "develop") : t));
    expect(conjoinedVerbs(nouns, misparse)).toEqual([]);
    const apart = misparse.map((a, i) => (i === 3 ? { head: 0, deprel: "root" } : a));
    expect(conjoinedVerbs(tags, apart)).toEqual([]);
  });

  it("gives both verbs the company before them as subject", () => {
    expect(tripleLines("Kelso gold manages and develops mines for Western Gold Inc.")).toContain(
      "Kelso DEVELOPED Western Gold Inc.",
    );
  });
});
