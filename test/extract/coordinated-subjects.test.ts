import { coordinatedSubjects } from "../../ingest/extract/coordinated-subjects";
import type { NerTag } from "../../ingest/ner/ner-tag";
import { arcs, taggedUpos } from "../support/arcs";
import { testExtractor } from "../support/test-extractor";

describe("coordinated subjects", () => {
  // The bank and the ministry agreed: two subjects of "agreed" with the "and" on the verb (1-based heads).
  const tags = taggedUpos(["DET", "NOUN", "CCONJ", "DET", "NOUN", "VERB"]);
  const siblings = arcs("2 det, 6 nsubj, 6 cc, 5 det, 6 nsubj, 0 root");

  it("makes the second of two adjacent sibling subjects a conjunct of the first, with the 'and' its cc", () => {
    const repaired = coordinatedSubjects(siblings, tags);
    expect(repaired[4]).toEqual({ head: 2, deprel: "conj" });
    expect(repaired[2]).toEqual({ head: 5, deprel: "cc" });
    expect(repaired[1]).toEqual({ head: 6, deprel: "nsubj" });
    expect(siblings[4]).toEqual({ head: 6, deprel: "nsubj" });
  });

  it("gives a conjunct the parser cut off a second subject back to that subject as its first word", () => {
    // Floor traders and commission house representatives are guessing: "commission" a conj of "traders",
    // "house representatives" a second subject.
    const words = taggedUpos(["NOUN", "NOUN", "CCONJ", "NOUN", "NOUN", "NOUN", "AUX", "VERB"]);
    const parsed = arcs("2 compound, 8 nsubj, 4 cc, 2 conj, 6 compound, 8 nsubj, 8 aux, 0 root");
    const repaired = coordinatedSubjects(parsed, words);
    expect(repaired[3]).toEqual({ head: 5, deprel: "compound" });
    expect(repaired[5]).toEqual({ head: 2, deprel: "conj" });
    expect(repaired[2]).toEqual({ head: 6, deprel: "cc" });
  });

  it("leaves a prepositional phrase the parser made a second subject alone", () => {
    // The policies of the bank and of the ministry failed.
    const pp = taggedUpos(["DET", "NOUN", "ADP", "DET", "NOUN", "CCONJ", "ADP", "DET", "NOUN", "VERB"]);
    const parsed = arcs("2 det, 10 nsubj, 5 case, 5 det, 2 nmod, 10 cc, 9 case, 9 det, 10 nsubj, 0 root");
    expect(coordinatedSubjects(parsed, pp)).toEqual(parsed);
  });

  it("joins two bare names only when the NER calls both people or places", () => {
    // Smith and Jones agreed.
    const names = taggedUpos(["PROPN", "CCONJ", "PROPN", "VERB"]);
    const parsed = arcs("4 nsubj, 4 cc, 4 nsubj, 0 root");
    const people: NerTag[] = ["B-PER", "O", "B-PER", "O"];
    const firms: NerTag[] = ["B-ORG", "O", "B-ORG", "O"];
    expect(coordinatedSubjects(parsed, names, people)[2]).toEqual({ head: 1, deprel: "conj" });
    expect(coordinatedSubjects(parsed, names, firms)).toEqual(parsed);
  });

  it("gives the verb both subjects of 'The central bank and the finance ministry rejected the plan'", () => {
    const ts = testExtractor().extract({
      text: "The central bank and the finance ministry rejected the plan.",
    }).triples;
    expect(ts.map((t) => `${t.subject.name} ${t.predicate} ${t.object.name}`).sort()).toEqual([
      "central bank REJECTED plan",
      "finance ministry REJECTED plan",
    ]);
  });
});
