import { clauseSubjects } from "../../ingest/extract/clause-subjects";
import type { TaggedWord } from "../../ingest/nlp/types";
import { arcs, taggedWord } from "../support/arcs";
import { testExtractor } from "../support/test-extractor";

describe("clause subjects", () => {
  // However , analysts agree the Bank is largely trying to set the timing .
  const words = "However , analysts agree the Bank is largely trying to set the timing .".split(" ");
  const tags: TaggedWord[] = [
    taggedWord("ADV", "RB"),
    taggedWord("PUNCT", ","),
    taggedWord("NOUN", "NNS"),
    taggedWord("VERB", "VBP", "agree"),
    taggedWord("DET", "DT"),
    taggedWord("PROPN", "NNP"),
    taggedWord("AUX", "VBZ", "be"),
    taggedWord("ADV", "RB"),
    taggedWord("VERB", "VBG", "try"),
    taggedWord("PART", "TO"),
    taggedWord("VERB", "VB", "set"),
    taggedWord("DET", "DT"),
    taggedWord("NOUN", "NN"),
    taggedWord("PUNCT", "."),
  ];
  // The parser's reading: "agree" hung on "trying" with "the Bank" as its object, "trying" without a subject.
  const misparse = arcs(
    "4 advmod, 1 punct, 4 nsubj, 9 parataxis, 6 det, 4 obj, 9 aux, 9 advmod, 0 root, 11 mark, 9 xcomp, 13 det, 11 obj, 9 punct",
  );

  it("makes the object of 'agree' the subject of the clause after it, and the clause its complement", () => {
    expect(clauseSubjects(misparse, tags, words)).toEqual(
      arcs(
        "4 advmod, 1 punct, 4 nsubj, 0 root, 6 det, 9 nsubj, 9 aux, 9 advmod, 4 ccomp, 11 mark, 9 xcomp, 13 det, 11 obj, 4 punct",
      ),
    );
  });

  it("leaves a clause that has a subject of its own", () => {
    const parsed = arcs(
      "4 advmod, 1 punct, 4 nsubj, 0 root, 6 det, 9 nsubj, 9 aux, 9 advmod, 4 ccomp, 11 mark, 9 xcomp, 13 det, 11 obj, 4 punct",
    );
    expect(clauseSubjects(parsed, tags, words)).toEqual(parsed);
  });

  it("leaves the object of a verb that reports no clause", () => {
    const bought = tags.map((t, i) => (i === 3 ? taggedWord("VERB", "VBP", "buy") : t));
    expect(clauseSubjects(misparse, bought, words)).toEqual(misparse);
  });

  it("leaves the object when the verb after it is the complement's own speaker's ('…, lead manager X said')", () => {
    const reported = misparse.map((a, i) => (i === 3 ? { head: 9, deprel: "ccomp" } : a));
    expect(clauseSubjects(reported, tags, words)).toEqual(reported);
  });

  it("reads 'for the year ended December 31' as a date, not a clause", () => {
    // It reported a loss for the year ended December 31 .
    const yearWords = "It reported a loss for the year ended December 31 .".split(" ");
    const yearTags = [
      taggedWord("PRON", "PRP"),
      taggedWord("VERB", "VBD", "report"),
      taggedWord("DET", "DT"),
      taggedWord("NOUN", "NN"),
      taggedWord("ADP", "IN"),
      taggedWord("DET", "DT"),
      taggedWord("NOUN", "NN"),
      taggedWord("VERB", "VBD", "end"),
      taggedWord("PROPN", "NNP"),
      taggedWord("NUM", "CD"),
      taggedWord("PUNCT", "."),
    ];
    const parsed = arcs(
      "2 nsubj, 0 root, 4 det, 2 obj, 7 case, 7 det, 4 nmod, 2 parataxis, 8 obl, 9 nummod, 2 punct",
    );
    expect(clauseSubjects(parsed, yearTags, yearWords)).toEqual(parsed);
  });

  it("turns a finite verb hung on the object as a reduced relative into the said clause", () => {
    // Analysts said the committee is considering changes .
    const relWords = "Analysts said the committee is considering changes .".split(" ");
    const relTags = [
      taggedWord("NOUN", "NNS"),
      taggedWord("VERB", "VBD", "say"),
      taggedWord("DET", "DT"),
      taggedWord("NOUN", "NN"),
      taggedWord("AUX", "VBZ", "be"),
      taggedWord("VERB", "VBG", "consider"),
      taggedWord("NOUN", "NNS"),
      taggedWord("PUNCT", "."),
    ];
    const parsed = arcs("2 nsubj, 0 root, 4 det, 2 obj, 6 aux, 4 acl, 6 obj, 2 punct");
    expect(clauseSubjects(parsed, relTags, relWords)).toEqual(
      arcs("2 nsubj, 0 root, 4 det, 6 nsubj, 6 aux, 2 ccomp, 6 obj, 2 punct"),
    );
  });

  it("takes the said clause's subject, not its object, for what a statement is about", () => {
    const ts = testExtractor().extract({
      text: "The official said the increase reflected improved market conditions, although he noted the new prices would still be lower.",
    }).triples;
    expect(ts.filter((t) => t.predicate === "STATED").map((t) => t.object.name)).toEqual(["increase"]);
  });

  it("has the clause's subject do what the clause says, and no one agree to a bank", () => {
    const ts = testExtractor().extract({
      text: "Williams and Griggs agreed the Fed will let the funds rate be largely market-driven.",
    }).triples;
    expect(ts.filter((t) => t.predicate === "AGREED")).toEqual([]);
    expect(ts.map((t) => [t.subject.name, t.predicate, t.object.name])).toContainEqual([
      "Federal Reserve",
      "LET",
      "funds rate",
    ]);
  });

  it("makes a speculation a statement about the clause's subject, and the clause reported", () => {
    const ts = testExtractor().extract({
      text: "Wall Street speculated the board was discussing opposing bids from Norfolk Southern Corp and USAir.",
    }).triples;
    const said = (p: string) =>
      ts.filter((t) => t.predicate === p).map((t) => [t.subject.name, t.object.name, t.modality]);
    expect(said("STATED")).toEqual([["Wall Street", "board", "asserted"]]);
    expect(said("DISCUSSED")).toEqual([["board", "bids", "reported"]]);
  });
});
