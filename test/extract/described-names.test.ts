import { describedNames } from "../../ingest/extract/described-names";
import { arcs, taggedWord } from "../support/arcs";
import { testExtractor } from "../support/test-extractor";

describe("described names", () => {
  // group led by investor Toussie told
  const words = "group led by investor Toussie told".split(" ");
  const tags = [
    taggedWord("NOUN", "NN", "group"),
    taggedWord("VERB", "VBN", "lead"),
    taggedWord("ADP", "IN", "by"),
    taggedWord("NOUN", "NN", "investor"),
    taggedWord("PROPN", "NNP", "Toussie"),
    taggedWord("VERB", "VBD", "tell"),
  ];

  it("joins a name the parser made a second subject to the noun in the first subject's phrase before it", () => {
    const parsed = arcs("6 nsubj, 1 acl, 4 case, 2 obl:agent, 6 nsubj, 0 root");
    expect(describedNames(parsed, tags, words)).toEqual(
      arcs("6 nsubj, 1 acl, 4 case, 5 nmod:desc, 2 obl:agent, 0 root"),
    );
  });

  it("leaves a title that modifies the subject itself ('Dean Witter analyst Karen Gibbs said')", () => {
    const parsed = arcs("6 nsubj, 1 acl, 4 case, 1 compound, 6 nsubj, 0 root");
    expect(describedNames(parsed, tags, words)).toEqual(parsed);
  });

  it("has the group tell the SEC, led by the investor", () => {
    const ts = testExtractor().extract({
      text: "A shareholder group led by New York investor Robert Toussie told the Securities and Exchange Commission it sold off most of its holdings.",
    }).triples;
    const said = (p: string) =>
      ts.filter((t) => t.predicate === p).map((t) => [t.subject.name, t.object.name]);
    expect(said("TOLD")).toEqual([["shareholder group", "Securities and Exchange Commission"]]);
    expect(said("LED")).toEqual([["Robert Toussie", "shareholder group"]]);
  });
});
