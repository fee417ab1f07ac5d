import { hearerPlurals } from "../../ingest/extract/hearer-plurals";
import { taggedWord as word } from "../support/arcs";
import { unfilteredTestExtractor } from "../support/test-extractor";

describe("hearer plurals", () => {
  it("reads a verb in -s right after 'told' as the plural noun of its hearer", () => {
    const tags = [word("VERB", "VBD", "tell"), word("VERB", "VBZ", "reporter"), word("DET", "DT", "the")];
    expect(hearerPlurals(tags).map((t) => t.xpos)).toEqual(["VBD", "NNS", "DT"]);
  });

  it("leaves a verb in -s after other verbs alone", () => {
    const tags = [word("VERB", "VBD", "say"), word("VERB", "VBZ", "report")];
    expect(hearerPlurals(tags)).toBe(tags);
  });

  it("does not make the speaker the doer of the reported clause ('Kim told reporters the rise … could make')", () => {
    const ts = unfilteredTestExtractor().extract({
      text: "Kim told reporters the excessively fast rise in exports could make South Korea too reliant on exports, increase inflation and produce trade friction.",
    }).triples;
    expect(ts.filter((t) => t.subject.name === "Kim").map((t) => t.predicate)).toEqual(["STATED", "STATED"]);
  });
});
