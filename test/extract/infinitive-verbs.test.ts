import { infinitiveVerbs } from "../../ingest/extract/infinitive-verbs";
import { taggedWord as word } from "../support/arcs";
import { unfilteredTestExtractor } from "../support/test-extractor";

describe("infinitive verbs", () => {
  const planned = word("VERB", "VBD", "plan");
  const a = word("DET", "DT", "a");
  const game = word("NOUN", "NN", "game");

  it("reads a noun between 'to' and a determiner as the infinitive's verb, also when 'to' was read as a preposition", () => {
    const words = ["planned", "to", "market", "a", "game"];
    for (const to of [word("PART", "TO", "to"), word("ADP", "IN", "to")]) {
      const tags = infinitiveVerbs(words, [planned, to, word("NOUN", "NN", "market"), a, game]);
      expect(tags.map((t) => t.xpos)).toEqual(["VBD", "TO", "VB", "DT", "NN"]);
    }
  });

  it("leaves a preposition after a noun, a noun before another noun, and 'to date'", () => {
    const sold = ["shares", "to", "market", "makers"];
    const nounTags = [word("NOUN", "NNS", "share"), word("ADP", "IN", "to"), word("NOUN", "NN", "market")];
    const before = [...nounTags, word("NOUN", "NNS", "maker")];
    expect(infinitiveVerbs(sold, before)).toBe(before);
    const dated = ["has", "to", "date", "the"];
    const dateTags = [word("VERB", "VBZ", "have"), word("PART", "TO", "to"), word("NOUN", "NN", "date"), a];
    expect(infinitiveVerbs(dated, dateTags)).toBe(dateTags);
  });

  it("gives no plan whose object is the verb read as a noun", () => {
    const lines = unfilteredTestExtractor()
      .extract({
        text: "One action was brought against Kits Games, which planned to market a game called Worldopoly.",
      })
      .triples.map((t) => `${t.subject.name} ${t.predicate} ${t.object.name}`);
    expect(lines).not.toContain("Kits Games PLANNED market");
  });
});
