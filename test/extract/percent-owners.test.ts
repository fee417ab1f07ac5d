import { percentOwners } from "../../ingest/extract/percent-owners";
import { arcs, taggedWord } from "../support/arcs";
import { testExtractor } from "../support/test-extractor";

describe("percent owners", () => {
  // Acme Co of Canada , 90 pct - owned by Acme Co , said: "owned" a clause with the subsidiary its passive
  // subject and the parent its object.
  const tags = [
    taggedWord("PROPN", "NNP"),
    taggedWord("PROPN", "NNP"),
    taggedWord("ADP", "IN", "of"),
    taggedWord("PROPN", "NNP"),
    taggedWord("PUNCT", ","),
    taggedWord("NUM", "CD"),
    taggedWord("NOUN", "NN", "pct"),
    taggedWord("PUNCT", "HYPH"),
    taggedWord("VERB", "VBN", "own"),
    taggedWord("ADP", "IN", "by"),
    taggedWord("PROPN", "NNP"),
    taggedWord("PROPN", "NNP"),
    taggedWord("PUNCT", ","),
    taggedWord("VERB", "VBD", "say"),
  ];
  const misparse = arcs(
    "2 compound, 9 nsubj:pass, 4 case, 2 nmod, 7 punct, 2 amod, 9 nsubj, 7 punct, 14 ccomp, 11 case, 12 compound, 9 obj, 14 punct, 0 root",
  );

  it("makes the stake an apposition to the name, the parent its agent and the name the subject of the main verb", () => {
    const repaired = percentOwners(misparse, tags);
    expect(repaired[6]).toEqual({ head: 2, deprel: "appos" });
    expect(repaired[8]).toEqual({ head: 7, deprel: "acl" });
    expect(repaired[11]).toEqual({ head: 9, deprel: "obl:agent" });
    expect(repaired[1]).toEqual({ head: 14, deprel: "nsubj" });
    expect(misparse[1]).toEqual({ head: 9, deprel: "nsubj:pass" });
  });

  it("leaves a stake without a hyphen or without 'by' alone", () => {
    const unhyphened = tags.map((t, i) => (i === 7 ? taggedWord("NOUN", "NN") : t));
    expect(percentOwners(misparse, unhyphened)).toBe(misparse);
    const noBy = tags.map((t, i) => (i === 9 ? taggedWord("ADP", "IN", "in") : t));
    expect(percentOwners(misparse, noBy)).toBe(misparse);
  });

  it("makes the parent the owner of a subsidiary 'pct-owned by' it", () => {
    const owns = (text: string): string[] =>
      testExtractor()
        .extract({ text })
        .triples.filter((t) => t.predicate === "OWNS")
        .map((t) => `${t.subject.name} OWNS ${t.object.name}`);
    expect(
      owns("Harlow Motor Co of Canada, 90 pct-owned by Harlow Motor Co, said its car sales fell."),
    ).toEqual(["Harlow Motor Co OWNS Harlow Motor Co of Canada"]);
    expect(owns("Northgate Oil Ltd, 70 pct-owned by Vanco Corp, is negotiating with its suppliers.")).toEqual(
      ["Vanco Corp OWNS Northgate Oil Ltd"],
    );
  });
});
