import { possessiveSubjects } from "../../ingest/extract/possessive-subjects";
import { arcs, taggedWord as word } from "../support/arcs";
import { tripleLines } from "../support/triple-lines";

describe("possessive subjects", () => {
  // "Olin Corp 's Olin Hunt said", with both names subjects of "said".
  const tags = [
    word("PROPN", "NNP", "Olin"),
    word("PROPN", "NNP", "Corp"),
    word("PART", "POS", "'s"),
    word("PROPN", "NNP", "Olin"),
    word("PROPN", "NNP", "Hunt"),
    word("VERB", "VBD", "say"),
  ];
  const parsed = arcs("6 nsubj, 1 flat, 2 case, 6 nsubj, 4 flat, 0 root");

  it("makes a name subject ending in 's right before another subject that subject's possessor", () => {
    expect(possessiveSubjects(parsed, tags)[0]).toEqual({ head: 4, deprel: "nmod:poss" });
  });

  it("leaves a coordinated or common-noun subject ('The government and employers' organisations')", () => {
    const common = tags.map((t, i) => (i === 0 ? word("NOUN", "NN", "government") : t));
    expect(possessiveSubjects(parsed, common)).toBe(parsed);
    const coordinated = parsed.map((a, i) => (i === 4 ? { head: 1, deprel: "conj" } : a));
    expect(possessiveSubjects(coordinated, tags)).toBe(coordinated);
  });

  it("lets the unit that spoke speak, not its parent", () => {
    const lines = tripleLines(
      "Olin Corp's Olin Hunt Specialty Products Inc said it acquired Image Technology Corp for undisclosed terms.",
    );
    expect(lines.filter((l) => l.includes("STATED"))).toEqual([
      "Olin Hunt Specialty Products Inc STATED Image Technology Corp",
    ]);
  });
});
