import type { AnalyzedSentence } from "../../ingest/extract/analyzed-sentence";
import { findRoles } from "../../ingest/entities/find-roles";
import type { Mention } from "../../ingest/entities/mention";
import type { EntityType } from "../../ingest/extraction";
import { wordSentence } from "../support/word-sentence";

// Role patterns are sequences of words: a sentence needs its words, not a parse.
const sentence = (text: string): AnalyzedSentence => wordSentence(text);

function mention(
  s: AnalyzedSentence,
  id: number,
  start: number,
  end: number,
  type: EntityType,
  kind: Mention["kind"] = "name",
): Mention {
  return {
    id,
    sentence: 0,
    start,
    end,
    head: end - 1,
    text: s.words.slice(start, end).join(" "),
    kind,
    type,
  };
}

describe("findRoles", () => {
  it("gives a one-word name the NER took for a company the person's title its apposition holds", () => {
    const s = sentence("Taft Broadcasting said Taft , the company 's vice chairman , had offered 145 dlrs .");
    const taft = mention(s, 1, 3, 4, "ORGANIZATION");
    const company = mention(s, 2, 5, 7, "ORGANIZATION", "nominal");
    const roles = findRoles(s, [mention(s, 0, 0, 2, "ORGANIZATION"), taft, company]);
    expect(roles).toEqual([
      expect.objectContaining({ person: taft, owner: company, title: "vice chairman" }),
    ]);
  });

  it("reads no place before a speaker's title as the one who holds it", () => {
    const s = sentence("Orders went to Singapore , a spokesman for the federation said .");
    const roles = findRoles(s, [
      mention(s, 0, 3, 4, "PLACE"),
      mention(s, 1, 7, 9, "ORGANIZATION", "nominal"),
    ]);
    expect(roles).toEqual([]);
    const person = sentence("Orders went to Jones , a spokesman for the federation said .");
    const jones = mention(person, 0, 3, 4, "PERSON");
    expect(findRoles(person, [jones, mention(person, 1, 7, 9, "ORGANIZATION", "nominal")])).toEqual([
      expect.objectContaining({ person: jones, title: "spokesman" }),
    ]);
    const firm = sentence("Orders went to Acme , a spokesman for the federation said .");
    expect(
      findRoles(firm, [
        mention(firm, 0, 3, 4, "ORGANIZATION"),
        mention(firm, 1, 7, 9, "ORGANIZATION", "nominal"),
      ]),
    ).toEqual([]);
  });
});

describe("the owner of a title after 'of'", () => {
  it("is the organisation a state's possessive introduces, not the state", () => {
    const s = sentence("Eduardo Lizano , president of Costa Rica 's central bank , has resigned .");
    const person = mention(s, 0, 0, 2, "PERSON");
    const bank = mention(s, 2, 8, 10, "ORGANIZATION", "nominal");
    const roles = findRoles(s, [person, mention(s, 1, 5, 7, "PLACE"), bank]);
    expect(roles).toEqual([expect.objectContaining({ person, owner: bank, title: "president" })]);
  });

  it("is the unit 'its' introduces, not the parent the pronoun stands for", () => {
    const s = sentence(
      "It said James C. Patridge , executive vice president of its Worthen Bank and Trust Co subsidiary , will act .",
    );
    const person = mention(s, 1, 2, 5, "PERSON");
    const unit = mention(s, 3, 11, 16, "ORGANIZATION");
    const roles = findRoles(s, [
      mention(s, 0, 0, 1, "ORGANIZATION", "pronoun"),
      person,
      mention(s, 2, 10, 11, "ORGANIZATION", "pronoun"),
      unit,
    ]);
    expect(roles).toEqual([
      expect.objectContaining({ person, owner: unit, title: "executive vice president" }),
    ]);
  });

  it("is not a name that only modifies what is possessed", () => {
    const words = "Donald Ephlin , head of the union 's General Motors bargaining unit , met officials .";
    const s = wordSentence(words, {
      xpos: words.split(" ").map((w) => (w === "bargaining" ? "VBG" : "")),
    });
    const union = mention(s, 1, 5, 7, "ORGANIZATION", "nominal");
    const roles = findRoles(s, [mention(s, 0, 0, 2, "PERSON"), union, mention(s, 2, 8, 10, "ORGANIZATION")]);
    expect(roles).toEqual([expect.objectContaining({ owner: union })]);
  });

  it("is not the first half of a name the NER cut at 'and'", () => {
    const s = sentence(
      "Susan Harper , deputy assistant secretary of the Agriculture Department 's Food and Consumer Services Division , said .",
    );
    const department = mention(s, 1, 8, 10, "ORGANIZATION");
    const roles = findRoles(s, [
      mention(s, 0, 0, 2, "PERSON"),
      department,
      mention(s, 2, 11, 12, "ORGANIZATION"),
    ]);
    expect(roles).toEqual([expect.objectContaining({ owner: department })]);
  });

  it("stays the state when nothing it possesses is an organisation", () => {
    const s = sentence("Juan Perez , president of Argentina , has resigned .");
    const argentina = mention(s, 1, 5, 6, "PLACE");
    expect(findRoles(s, [mention(s, 0, 0, 2, "PERSON"), argentina])).toEqual([
      expect.objectContaining({ owner: argentina }),
    ]);
  });
});
