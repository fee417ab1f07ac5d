import { hyphenParticiples } from "../../ingest/extract/hyphen-participles";
import { arcs, taggedWord as word } from "../support/arcs";
import { tripleLines } from "../support/triple-lines";

describe("participles that end a hyphenated adjective", () => {
  // "purchased privately-held Western Inc": "held" parsed as a clause with the company as its object.
  const tags = [
    word("VERB", "VBN", "purchase"),
    word("ADV", "RB", "privately"),
    word("PUNCT", "HYPH", "-"),
    word("VERB", "VBN", "hold"),
    word("PROPN", "NNP", "Western"),
  ];
  const misparse = arcs("0 root, 4 advmod, 2 punct, 1 xcomp, 4 obj");

  it("finds a participle right after a hyphen and before a noun that the parser made a verb", () => {
    expect(hyphenParticiples(tags, misparse)).toEqual([3]);
  });

  it("leaves one already modifying a noun, and the owner and seat participles ('state-owned', 'Paris-based')", () => {
    const modifying = misparse.map((a, i) => (i === 3 ? { head: 5, deprel: "amod" } : a));
    expect(hyphenParticiples(tags, modifying)).toEqual([]);
    const owned = tags.map((t, i) => (i === 3 ? word("VERB", "VBN", "own") : t));
    expect(hyphenParticiples(owned, misparse)).toEqual([]);
  });

  it("gives the purchase its object back", () => {
    expect(
      tripleLines(
        "International Technology Corp said it has purchased privately-held Western Emergency Service Inc in a stock transaction.",
      ),
    ).toContain("International Technology Corp ACQUIRED Western Emergency Service Inc");
  });
});
