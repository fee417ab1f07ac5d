import { strandedSubjects } from "../../ingest/extract/stranded-subjects";
import { arcs, taggedUpos } from "../support/arcs";
import { testExtractor } from "../support/test-extractor";

describe("stranded subjects", () => {
  // Acme sold shares, and Widget will buy bonds: "Widget" conjoined to "shares", "buy" left without a subject.
  const tags = taggedUpos(["PROPN", "VERB", "NOUN", "PUNCT", "CCONJ", "PROPN", "AUX", "VERB", "NOUN"]);
  const misparse = arcs("2 nsubj, 0 root, 2 obj, 6 punct, 6 cc, 3 conj, 8 aux, 2 parataxis, 8 obj");

  it("gives a noun conjoined right before a subjectless verb's auxiliary back to the verb as its subject", () => {
    const repaired = strandedSubjects(misparse, tags);
    expect(repaired[5]).toEqual({ head: 8, deprel: "nsubj" });
    expect(repaired[4]).toEqual({ head: 8, deprel: "cc" });
    expect(repaired[7]).toEqual({ head: 2, deprel: "conj" });
    expect(misparse[5]).toEqual({ head: 3, deprel: "conj" });
  });

  it("does the same for a finite verb without an auxiliary (', and union leaders said …')", () => {
    // Acme sold shares, and Widget bought bonds.
    const finite = tags.map((t, i) => (i === 7 ? { ...t, xpos: "VBD" } : t)).filter((_, i) => i !== 6);
    const parsed = arcs("2 nsubj, 0 root, 2 obj, 6 punct, 6 cc, 3 conj, 2 parataxis, 7 obj");
    expect(strandedSubjects(parsed, finite)[5]).toEqual({ head: 7, deprel: "nsubj" });
  });

  it("leaves a verb with a subject, a bare infinitive without an auxiliary, and a conjunct inside an 'of' phrase alone", () => {
    const withSubject = misparse.map((a, i) => (i === 8 ? { head: 8, deprel: "nsubj" } : a));
    expect(strandedSubjects(withSubject, tags)).toEqual(withSubject);
    const noAux = misparse.map((a, i) => (i === 6 ? { head: 8, deprel: "advmod" } : a));
    expect(strandedSubjects(noAux, tags)).toEqual(noAux);
    const ofPhrase = misparse.map((a, i) => (i === 2 ? { head: 2, deprel: "nmod" } : a));
    expect(strandedSubjects(ofPhrase, tags)).toEqual(ofPhrase);
  });

  it("lets the second company of a sentence buy what it buys", () => {
    const ts = testExtractor().extract({
      text: "Acme Corp will sell 500,000 shares at 4.10 dlrs each, and Widget Inc will buy 200,000 shares of Gadget Ltd.",
    }).triples;
    expect(ts.map((t) => `${t.subject.name} ${t.predicate} ${t.object.name}`)).toContain(
      "Widget Inc ACQUIRED shares",
    );
  });

  it("makes a relative clause without subject or relative word, hung on a conjoined noun, that noun's clause", () => {
    // Acme sold shares, and Widget quickly bought bonds: "bought" a relative clause on "Widget".
    const relTags = taggedUpos([
      "PROPN",
      "VERB",
      "NOUN",
      "PUNCT",
      "CCONJ",
      "PROPN",
      "ADV",
      "VERB",
      "NOUN",
    ]).map((t, i) => (i === 7 ? { ...t, xpos: "VBD" } : t));
    const relParse = arcs("2 nsubj, 0 root, 2 obj, 6 punct, 6 cc, 2 conj, 8 advmod, 6 acl:relcl, 8 obj");
    const repaired = strandedSubjects(relParse, relTags);
    expect(repaired[5]).toEqual({ head: 8, deprel: "nsubj" });
    expect(repaired[7]).toEqual({ head: 2, deprel: "conj" });
    // With a relative word ("which") it is a relative clause.
    const which = relTags.map((t, i) => (i === 6 ? { ...t, upos: "PRON" as const, xpos: "WDT" } : t));
    expect(strandedSubjects(relParse, which)).toEqual(relParse);
  });
});
