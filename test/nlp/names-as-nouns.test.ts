import { namesAsNouns } from "../../ingest/extract/names-as-nouns";
import type { TaggedWord } from "../../ingest/nlp/types";

const verb: TaggedWord = { upos: "VERB", xpos: "VBN", lemma: "mohame" };
const noun: TaggedWord = { upos: "NOUN", xpos: "NN", lemma: "chairman" };

describe("namesAsNouns", () => {
  it("makes a capitalised verb inside a person, organisation or place a proper noun", () => {
    const tags = namesAsNouns(["gave", "Mohamed"], [verb, verb], ["O", "B-PER"]);
    expect(tags[0]).toBe(verb);
    expect(tags[1]).toEqual({ upos: "PROPN", xpos: "NNP", lemma: "Mohamed" });
  });

  it("leaves other tags, lower-case words and miscellaneous names alone", () => {
    expect(namesAsNouns(["Chairman"], [noun], ["I-ORG"])[0]).toBe(noun);
    expect(namesAsNouns(["owned"], [verb], ["I-ORG"])[0]).toBe(verb);
    expect(namesAsNouns(["Released"], [verb], ["B-MISC"])[0]).toBe(verb);
  });

  it("makes a hashtag or handle a proper noun whatever the NER says, and not a bare '#'", () => {
    const tags = namesAsNouns(["#IStandWithAhmed", "@POTUS", "#"], [verb, noun, noun], ["O", "O", "O"]);
    expect(tags.slice(0, 2).map((t) => t.upos)).toEqual(["PROPN", "PROPN"]);
    expect(tags[2]).toBe(noun);
  });
  it("gives an organisation's name its \"'s\" back from the tagger's passive auxiliary, and only inside one", () => {
    const aux: TaggedWord = { upos: "AUX", xpos: "VBZ", lemma: "be" };
    expect(namesAsNouns(["Moody", "'s"], [noun, aux], ["B-ORG", "I-ORG"])[1]).toEqual({
      upos: "PART",
      xpos: "POS",
      lemma: "'s",
    });
    expect(namesAsNouns(["it", "'s"], [noun, aux], ["O", "O"])[1]).toBe(aux);
  });
});
