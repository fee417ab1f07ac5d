import { subordinatingPrepositions } from "../../ingest/extract/subordinating-prepositions";
import { arcs, taggedWord as word } from "../support/arcs";
import { tripleLines } from "../support/triple-lines";

describe("prepositions that open a clause", () => {
  // "raised rates after the union rejected": "after" the preposition of "union", "rates" the subject of
  // "rejected".
  const tags = [
    word("VERB", "VBD", "raise"),
    word("NOUN", "NNS", "rate"),
    word("ADP", "IN", "after"),
    word("DET", "DT", "the"),
    word("NOUN", "NN", "union"),
    word("VERB", "VBD", "reject"),
  ];
  const misparse = arcs("0 root, 6 nsubj, 5 case, 5 det, 2 nmod, 1 conj");

  it("finds one whose noun phrase is followed by a finite verb", () => {
    expect(subordinatingPrepositions(tags, misparse)).toEqual([2]);
  });

  it("leaves a noun of time, a bare noun, and a phrase followed by no finite verb", () => {
    const time = tags.map((t, i) => (i === 4 ? word("NOUN", "NN", "beginning") : t));
    expect(subordinatingPrepositions(time, misparse)).toEqual([]);
    const bare = misparse.map((a, i) => (i === 3 ? { head: 6, deprel: "dep" } : a));
    expect(subordinatingPrepositions(tags, bare)).toEqual([]);
    const participle = tags.map((t, i) => (i === 5 ? word("VERB", "VBN", "reject") : t));
    expect(subordinatingPrepositions(participle, misparse)).toEqual([]);
  });

  it("gives the clause its own subject", () => {
    const lines = tripleLines(
      "The talks ended on Monday. The bank raised rates after the union rejected its offer.",
    );
    expect(lines).toContain("union REJECTED offer");
    expect(lines).toContain("bank RAISED rates");
  });

  it("keeps the parse when the clause would leave the sentence without a subject", () => {
    const lines = tripleLines(
      "The talks ended on Monday. The legislation before the committee would recapitalize the fund.",
    );
    expect(lines).toContain("legislation RECAPITALIZED fund");
    expect(lines.join("\n")).not.toMatch(/committee RECAPITALIZED/);
  });

  it("reads a day after a name as the date of the name's act, not a noun of time", () => {
    // "after the Labour Court Saturday ruled": the parser heads the phrase with the day.
    const dated = [
      ...tags.slice(0, 3),
      word("PROPN", "NNP", "Court"),
      word("PROPN", "NNP", "Saturday"),
      word("VERB", "VBD", "rule"),
    ];
    expect(
      subordinatingPrepositions(dated, arcs("0 root, 6 nsubj, 5 case, 5 compound, 2 nmod, 1 conj")),
    ).toEqual([2]);
    const lines = tripleLines(
      "Marines were on alert at the ports, even after the Higher Labour Court Saturday rejected the union's appeal, officials said.",
    );
    expect(lines).toContain("Higher Labour Court REJECTED appeal");
  });
});
