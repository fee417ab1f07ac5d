import { modelWords, particleNouns } from "../../ingest/extract/particle-nouns";
import { tokenize } from "../../ingest/nlp/tokenize";
import { unfilteredTestExtractor } from "../support/test-extractor";

describe("particle nouns", () => {
  it("keeps a verb and its particle joined by a hyphen as one token, and other hyphenated words split", () => {
    expect(tokenize("the slow-down and build-ups").map((t) => t.text)).toEqual([
      "the",
      "slow-down",
      "and",
      "build-ups",
    ]);
    expect(tokenize("long-term").map((t) => t.text)).toEqual(["long", "-", "term"]);
  });

  it("shows the models the joined spelling and tags the word a noun", () => {
    expect(modelWords(["the", "sell-off", "hit"])).toEqual(["the", "selloff", "hit"]);
    const tags = particleNouns(["build-ups"], [{ upos: "ADJ", xpos: "JJ", lemma: "build-ups" }]);
    expect(tags).toEqual([{ upos: "NOUN", xpos: "NNS", lemma: "build-up" }]);
  });

  it("makes the particle noun the object of the verb before it", () => {
    const ts = unfilteredTestExtractor().extract({
      text: "The World Bank criticised the slow-down in lending to debtor nations.",
    }).triples;
    expect(ts.map((t) => `${t.predicate} ${t.object.name}`)).toContain("CRITICIZED slow-down");
    expect(ts.find((t) => t.predicate === "LENT")).toBeUndefined();
  });
});
