import { subjectlessVerbs } from "../../ingest/extract/subjectless-verbs";
import { arcs, taggedWord as word } from "../support/arcs";
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
});
