import type { AnalyzedSentence } from "../../ingest/extract/analyzed-sentence";
import type { Mention } from "../../ingest/entities/mention";
import { resolveEntities } from "../../ingest/entities/resolve-entities";
import type { EntityType } from "../../ingest/extraction";
import { wordSentence } from "../support/word-sentence";

function sentence(index: number, words: string[]): AnalyzedSentence {
  return wordSentence(words.join(" "), {
    index,
    tokens: [],
    upos: words.map(() => "PROPN"),
    xpos: words.map(() => "NNP"),
    deprels: words.map(() => "nsubj"),
  });
}

let id = 0;
function mention(s: number, text: string, type: EntityType, kind: Mention["kind"] = "name"): Mention {
  return { id: id++, sentence: s, start: 0, end: 1, head: 0, text, kind, type };
}

describe("pronoun antecedents", () => {
  it("takes the type of the entity, not the one the NER gave the nearest mention", () => {
    // "Ann Lee … their child, Gloria [tagged ORG]. She died …. Gloria [PER] … Gloria [PER] …"
    const sentences = [0, 1, 2, 3, 4].map((i) => sentence(i, ["X"]));
    const she = { ...mention(2, "She", "PERSON", "pronoun"), pronoun: "person" as const };
    const mentions = [
      mention(0, "Ann Lee", "PERSON"),
      mention(1, "Gloria", "ORGANIZATION"),
      she,
      mention(3, "Gloria", "PERSON"),
      mention(4, "Gloria", "PERSON"),
    ];
    const resolution = resolveEntities(sentences, mentions, []);
    expect(resolution.entityOf(she)?.name).toBe("Gloria");
  });
});
