import { prepositionalTo } from "../../ingest/extract/prepositional-to";
import { taggedWord as word } from "../support/arcs";
import { unfilteredTestExtractor } from "../support/test-extractor";

describe("prepositional to", () => {
  it("reads 'to' before a bare verb form and a noun, after 'refer', as a preposition before a noun", () => {
    const tags = [
      word("VERB", "VBG", "refer"),
      word("PART", "TO", "to"),
      word("VERB", "VB", "trade"),
      word("NOUN", "NN", "legislation"),
    ];
    expect(prepositionalTo(tags).map((t) => t.xpos)).toEqual(["VBG", "IN", "NN", "NN"]);
  });

  it("leaves infinitives alone: after other verbs, or with a determiner before the noun", () => {
    const to = word("PART", "TO", "to");
    const trade = word("VERB", "VB", "trade");
    const wants = [word("VERB", "VBZ", "want"), to, trade, word("NOUN", "NNS", "share")];
    expect(prepositionalTo(wants)).toBe(wants);
    const refers = [word("VERB", "VBZ", "refer"), to, trade, word("DET", "DT", "the")];
    expect(prepositionalTo(refers)).toBe(refers);
  });

  it("gives no act of trading in 'was referring to trade legislation'", () => {
    const ts = unfilteredTestExtractor().extract({
      text: "Clayton Yeutter was referring to trade legislation pending in Congress.",
    }).triples;
    expect(ts.map((t) => t.predicate)).not.toContain("EXCHANGED");
  });
});
