import { splitCompounds } from "../../ingest/extract/split-compounds";
import { arcs, taggedWord as word } from "../support/arcs";
import { unfilteredTestExtractor } from "../support/test-extractor";

describe("split compounds", () => {
  it("hangs a bare noun right before a second object's words on that object's noun", () => {
    // "to make television tube masks" with "television" and "masks" both objects of "make".
    const tags = [
      word("PART", "TO", "to"),
      word("VERB", "VB", "make"),
      word("NOUN", "NN", "television"),
      word("NOUN", "NN", "tube"),
      word("NOUN", "NNS", "mask"),
    ];
    const parsed = arcs("2 mark, 0 root, 2 obj, 5 compound, 2 obj");
    expect(splitCompounds(parsed, tags)[2]).toEqual({ head: 5, deprel: "compound" });
  });

  it("joins a bare noun to a nominal xcomp after it, which becomes the object ('makes data collection equipment')", () => {
    const tags = [
      word("VERB", "VBZ", "make"),
      word("NOUN", "NN", "data"),
      word("NOUN", "NN", "collection"),
      word("NOUN", "NN", "equipment"),
    ];
    const parsed = arcs("0 root, 1 obj, 4 compound, 1 xcomp");
    const repaired = splitCompounds(parsed, tags);
    expect(repaired[1]).toEqual({ head: 4, deprel: "compound" });
    expect(repaired[3]).toEqual({ head: 1, deprel: "obj" });
  });

  it("keeps two objects apart when the first has words of its own ('gave the bank money')", () => {
    const tags = [
      word("VERB", "VBD", "give"),
      word("DET", "DT", "the"),
      word("NOUN", "NN", "bank"),
      word("NOUN", "NN", "money"),
    ];
    const parsed = arcs("0 root, 3 det, 1 obj, 1 obj");
    expect(splitCompounds(parsed, tags)).toBe(parsed);
  });

  it("names the whole compound as the object", () => {
    const ts = unfilteredTestExtractor().extract({
      text: "The contract will enable the Soviets to build a plant to make television tube aperture masks, it said.",
    }).triples;
    const made = ts.filter((t) => t.predicate === "MADE").map((t) => t.object.name);
    expect(made).toEqual(["television tube aperture masks"]);
  });
});
