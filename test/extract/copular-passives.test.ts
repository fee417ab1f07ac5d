import { copularPassives } from "../../ingest/extract/copular-passives";
import { arcs, taggedWord } from "../support/arcs";
import { testExtractor } from "../support/test-extractor";

describe("copular passives", () => {
  // Republic was acquired by REPH.
  const tags = [
    taggedWord("PROPN", "NNP"),
    taggedWord("AUX", "VBD", "be"),
    taggedWord("VERB", "VBN", "acquire"),
    taggedWord("ADP", "IN"),
    taggedWord("PROPN", "NNP"),
    taggedWord("PUNCT", "."),
  ];
  const misparse = arcs("3 nsubj, 3 cop, 0 root, 5 case, 3 obl:agent, 3 punct");

  it("reads a participle with a copula and an agent as a passive", () => {
    const repaired = copularPassives(misparse, tags);
    expect(repaired[0]).toEqual({ head: 3, deprel: "nsubj:pass" });
    expect(repaired[1]).toEqual({ head: 3, deprel: "aux:pass" });
    expect(misparse[1]).toEqual({ head: 3, deprel: "cop" });
  });

  it("leaves a participle without an agent", () => {
    const noAgent = arcs("3 nsubj, 3 cop, 0 root, 5 case, 3 obl, 3 punct");
    expect(copularPassives(noAgent, tags)).toEqual(noAgent);
  });

  it("makes the agent the doer: 'Tesoro was asked by the NYSE about the rise'", () => {
    const ts = testExtractor().extract({
      text: "Tesoro Petroleum was asked by the NYSE about the stock rise.",
    }).triples;
    expect(ts.map((t) => `${t.subject.name} ${t.predicate} ${t.object.name}`)).toContain(
      "NYSE ASKED Tesoro Petroleum",
    );
    expect(ts.filter((t) => t.subject.name === "Tesoro Petroleum")).toEqual([]);
  });
});
