import { subjectlessVerbs } from "../../ingest/extract/subjectless-verbs";
import { arcs, taggedWord as word } from "../support/arcs";
import { testExtractor } from "../support/test-extractor";
import { tripleLines } from "../support/triple-lines";

describe("verbs in -s without a subject", () => {
  // got loans in export credits: "credits" a VBZ clause hung on the verb, "export" the noun of "in".
  const tags = [
    word("VERB", "VBD"),
    word("NOUN", "NNS"),
    word("ADP", "IN", "in"),
    word("NOUN", "NN"),
    word("VERB", "VBZ", "credit"),
  ];
  const misparse = arcs("0 root, 1 obj, 4 case, 2 nmod, 1 advcl");

  it("finds a VBZ without a subject right after the noun of a prepositional phrase", () => {
    expect(subjectlessVerbs(tags, misparse)).toEqual([4]);
  });

  it("leaves a verb with a subject, and one after a noun of 'of' or of no preposition", () => {
    const withSubject = misparse.map((a, i) => (i === 3 ? { head: 5, deprel: "nsubj" } : a));
    expect(subjectlessVerbs(tags, withSubject)).toEqual([]);
    const partitive = tags.map((t, i) => (i === 2 ? word("ADP", "IN", "of") : t));
    expect(subjectlessVerbs(partitive, misparse)).toEqual([]);
    const bare = misparse.map((a, i) => (i === 2 ? { head: 1, deprel: "advmod" } : a));
    expect(subjectlessVerbs(tags, bare)).toEqual([]);
  });

  it("lets a country receive the export credits it is due", () => {
    expect(
      tripleLines(
        "Ghana is due to receive 300 mln dlrs in fresh export credits this year from official agencies.",
      ),
    ).toContain("Ghana RECEIVED export credits");
  });

  describe("right after a past-tense verb", () => {
    // "denied reports that it plans": "reports" a VBZ root, "denied" hung on it.
    const denied = [
      word("VERB", "VBD", "deny"),
      word("VERB", "VBZ", "report"),
      word("SCONJ", "IN", "that"),
      word("PRON", "PRP", "it"),
      word("VERB", "VBZ", "plan"),
    ];
    const parsed = arcs("2 advcl, 0 root, 5 mark, 5 nsubj, 2 ccomp");

    it("finds the VBZ before 'that', a preposition, a determiner or the end", () => {
      expect(subjectlessVerbs(denied, parsed)).toEqual([1]);
    });

    it("leaves one with an object or complement of its own ('analysts said includes provisions')", () => {
      const withObject = denied.map((t, i) => (i === 2 ? word("NOUN", "NNS", "provision") : t));
      expect(subjectlessVerbs(withObject, parsed)).toEqual([]);
    });

    it("reads a denied report as a denial", () => {
      const bought = testExtractor()
        .extract({
          text: "Separately, ATT denied reports that it plans to buy back a large chunk of its stock.",
        })
        .triples.filter((t) => t.predicate === "ACQUIRED");
      expect(bought.map((t) => t.polarity)).toEqual(["negative"]);
    });
  });
});
