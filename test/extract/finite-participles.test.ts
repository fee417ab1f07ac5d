import { finiteParticiples } from "../../ingest/extract/finite-participles";
import type { TaggedWord } from "../../ingest/nlp/types";
import { arcs } from "../support/arcs";
import { testExtractor } from "../support/test-extractor";

function tagged(xpos: string[]): TaggedWord[] {
  return xpos.map((x) => ({ upos: x.startsWith("VB") ? "VERB" : "NOUN", xpos: x, lemma: "" }));
}

describe("finite participles", () => {
  // The bank proposed selling shares: "proposed" read as a participle hung on "bank" (1-based heads).
  const tags = tagged(["DT", "NN", "VBN", "VBG", "NNS"]);
  const misparse = arcs("2 det, 0 root, 2 acl, 3 xcomp, 4 obj");

  it("finds a participle with a complement hung on the noun before it, in a sentence with no finite verb", () => {
    expect(finiteParticiples(tags, misparse)).toEqual([2]);
  });

  it("leaves a reduced relative alone: after a finite verb, with an auxiliary, or without a complement", () => {
    const afterVerb = tagged(["NNP", "VBD", "DT", "NN", "VBN", "VBG", "NNS"]);
    const relative = arcs("2 nsubj, 0 root, 4 det, 2 obj, 4 acl, 5 xcomp, 6 obj");
    expect(finiteParticiples(afterVerb, relative)).toEqual([]);
    const bare = arcs("2 det, 0 root, 2 acl, 3 obl, 4 obj");
    expect(finiteParticiples(tags, bare)).toEqual([]);
    // The bank, having proposed selling shares: an auxiliary makes it a participle.
    const withAux = arcs("2 det, 0 root, 4 aux, 2 acl, 4 xcomp, 5 obj");
    expect(finiteParticiples(tagged(["DT", "NN", "VBG", "VBN", "VBG", "NNS"]), withAux)).toEqual([]);
  });

  it("finds a participle hung as a modifier on the noun after it only after a noun, in a sentence with no finite verb", () => {
    // The bank raised rates: "raised" read as an adjective of "rates", the root.
    const modifier = arcs("2 det, 4 compound, 4 amod, 0 root");
    expect(finiteParticiples(tagged(["DT", "NN", "VBN", "NNS"]), modifier)).toEqual([2]);
    // "the recently raised rates", and a sentence whose finite verb is elsewhere, have a modifier.
    expect(finiteParticiples(tagged(["DT", "RB", "VBN", "NNS"]), modifier)).toEqual([]);
    const withVerb = arcs("2 det, 5 nsubj, 4 amod, 2 appos, 0 root");
    expect(finiteParticiples(tagged(["DT", "NN", "VBN", "NNS", "VBD"]), withVerb)).toEqual([]);
  });

  it("reads a verb the tagger took for a participle as the sentence's verb", () => {
    const ts = testExtractor().extract({ text: "The central bank raised interest rates." }).triples;
    expect(ts.map((t) => `${t.subject.name} ${t.predicate} ${t.object.name}`)).toContain(
      "central bank RAISED interest rates",
    );
  });

  it("reads a participle hung on a speech verb's object as the said clause's verb ('said its board authorized')", () => {
    const ts = testExtractor().extract({
      text:
        "Redken Laboratories Inc said its board authorized management to repurchase up to 600,000 shares. " +
        "S and P said the downgrade reflected expectations of restricted financial flexibility.",
    }).triples;
    const topics = ts.filter((t) => t.predicate === "STATED").map((t) => t.object.name);
    expect(topics).toEqual(expect.arrayContaining(["board", "downgrade"]));
    expect(topics).not.toContain("management");
    expect(topics).not.toContain("expectations");
  });
});
