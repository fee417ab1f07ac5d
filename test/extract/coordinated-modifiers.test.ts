import { coordinatedModifiers } from "../../ingest/extract/coordinated-modifiers";
import { arcs, taggedWord } from "../support/arcs";
import { testExtractor, unfilteredTestExtractor } from "../support/test-extractor";

describe("coordinated modifiers", () => {
  // announced a wage and price freeze: three objects, as the parser read it.
  const tags = [
    taggedWord("VERB", "VBD"),
    taggedWord("DET", "DT"),
    taggedWord("NOUN", "NN"),
    taggedWord("CCONJ", "CC", "and"),
    taggedWord("NOUN", "NN"),
    taggedWord("NOUN", "NN"),
  ];
  const misparse = arcs("0 root, 3 det, 1 obj, 5 cc, 3 conj, 3 conj");

  it("heads two nouns joined by 'and' by the noun after them", () => {
    expect(coordinatedModifiers(misparse, tags)).toEqual(
      arcs("0 root, 6 det, 6 compound, 5 cc, 3 conj, 1 obj"),
    );
  });

  it("leaves two nouns joined by 'and' with no noun after them ('bought wheat and corn.')", () => {
    const pair = [...tags.slice(0, 5), taggedWord("PUNCT", ".")];
    const parsed = arcs("0 root, 3 det, 1 obj, 5 cc, 3 conj, 1 punct");
    expect(coordinatedModifiers(parsed, pair)).toEqual(parsed);
  });

  it("names the freeze whole, and oil and gas properties too", () => {
    const ts = testExtractor().extract({
      text:
        "Argentina announced a wage and price freeze on Wednesday night. " +
        "Royal Resources Corp has agreed to sell its oil and gas properties to Victoria Exploration NL.",
    }).triples;
    const objects = (p: string) => ts.filter((t) => t.predicate === p).map((t) => t.object.name);
    expect(objects("ANNOUNCED")).toEqual(["wage and price freeze"]);
    expect(objects("SOLD")).toContain("oil and gas properties");
  });

  it("starts no name with the 'and' of an amount cut off ('732 mln stg and exchequer transactions')", () => {
    const ts = unfilteredTestExtractor().extract({
      text: "Bills will drain some 732 mln stg and exchequer transactions some 245 mln.",
    }).triples;
    expect(ts.flatMap((t) => [t.subject.name, t.object.name]).filter((n) => /^and /.test(n))).toEqual([]);
  });
});
