import { verbalPlurals } from "../../ingest/extract/verbal-plurals";
import { arcs, taggedWord as word } from "../support/arcs";
import { tripleLines } from "../support/triple-lines";

describe("present-tense verbs read as plural nouns after 'said'", () => {
  // "said the agreement calls for payments": "calls" an NNS object of "said", "agreement" its compound.
  const tags = [
    word("VERB", "VBD", "say"),
    word("DET", "DT", "the"),
    word("NOUN", "NN", "agreement"),
    word("NOUN", "NNS", "call"),
    word("ADP", "IN", "for"),
    word("NOUN", "NNS", "payment"),
  ];
  const misparse = arcs("0 root, 3 det, 4 compound, 1 obj, 6 case, 4 nmod");

  it("finds the plural noun object of 'say' compounded with a determined singular noun", () => {
    expect(verbalPlurals(tags, misparse)).toEqual([3]);
  });

  it("leaves a plural after 'no', an object of another verb, and one without a compound before it", () => {
    const no = tags.map((t, i) => (i === 1 ? word("DET", "DT", "no") : t));
    expect(verbalPlurals(no, misparse)).toEqual([]);
    const sold = tags.map((t, i) => (i === 0 ? word("VERB", "VBD", "sell") : t));
    expect(verbalPlurals(sold, misparse)).toEqual([]);
    const adjective = misparse.map((a, i) => (i === 2 ? { head: 4, deprel: "amod" } : a));
    expect(verbalPlurals(tags, adjective)).toEqual([]);
  });

  it("makes the noun before the verb the topic of the statement, not the noun and verb together", () => {
    const lines = tripleLines("Suffield Financial Corp said the purchase equals 5.2 pct of its shares.");
    expect(lines).toContain("Suffield Financial Corp STATED purchase");
    expect(lines.join("\n")).not.toMatch(/purchase equals/);
  });
  it("also when an adjective or adverb opens the clause's object ('covers more than 300 films')", () => {
    const more = tags.map((t, i) => (i === 4 ? word("ADJ", "JJR", "more") : t));
    expect(verbalPlurals(more, misparse)).toEqual([3]);
    const lines = tripleLines(
      "Gulf and Western Inc said the agreement covers more than 300 films and videos.",
    );
    expect(lines).toContain("Gulf and Western Inc STATED agreement");
  });

  it("also as the object the parser gave a noun, with more than one modifier after the determiner", () => {
    // "In the second case, the M5S party asks to the regional government …".
    const caseTags = [
      word("NOUN", "NN", "case"),
      word("DET", "DT", "the"),
      word("PROPN", "NNS", "M5S"),
      word("NOUN", "NN", "party"),
      word("NOUN", "NNS", "ask"),
      word("ADP", "IN", "to"),
      word("NOUN", "NN", "government"),
    ];
    const caseParse = arcs("0 root, 4 det, 4 compound, 5 compound, 1 obj, 7 case, 5 nmod");
    expect(verbalPlurals(caseTags, caseParse)).toEqual([4]);
    const lines = tripleLines(
      "In the second case, the M5S party asks to the regional government to assure the local administrations of the region regularly apply the sentence of the Supreme Court.",
    );
    expect(lines).toContain("M5S URGED regional government");
  });

  it("also as a compound of the object's noun ('said the test uses radioactive probes')", () => {
    const testTags = [
      word("VERB", "VBD", "say"),
      word("DET", "DT", "the"),
      word("NOUN", "NN", "test"),
      word("NOUN", "NNS", "use"),
      word("ADJ", "JJ", "radioactive"),
      word("NOUN", "NNS", "probe"),
    ];
    const testParse = arcs("0 root, 3 det, 4 compound, 6 compound, 6 amod, 1 obj");
    expect(verbalPlurals(testTags, testParse)).toEqual([3]);
    // A plural right before the object's noun is its modifier: "said the bank loans program".
    const loansTags = [
      word("VERB", "VBD", "say"),
      word("DET", "DT", "the"),
      word("NOUN", "NN", "bank"),
      word("NOUN", "NNS", "loan"),
      word("NOUN", "NN", "program"),
    ];
    expect(verbalPlurals(loansTags, arcs("0 root, 5 det, 4 compound, 5 compound, 1 obj"))).toEqual([]);
    const lines = tripleLines("Life Technologies said the test uses radioactive probes to detect the virus.");
    expect(lines).toContain("Life Technologies STATED test");
  });
});
