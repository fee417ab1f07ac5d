import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readGumEntities } from "../../scripts/coref/read-gum-entities";

const fixture = readFileSync(join(__dirname, "..", "fixtures", "coref", "three-people.conllu"), "utf8");

describe("readGumEntities", () => {
  const docs = readGumEntities(fixture);
  const doc = docs[0]!;

  it("rebuilds the text with SpaceAfter, sentence spaces and paragraph breaks", () => {
    expect(docs).toHaveLength(1);
    expect(doc.id).toBe("fixture_doc");
    expect(doc.text).toBe(
      "President Ana Silva visited Lisbon. The Portuguese leader's trip began.\n\nShe met the mayor of Lisbon. He thanked her.",
    );
  });

  it("places the words of a multiword token inside it", () => {
    const leader = doc.words.find((w) => w.form === "leader")!;
    const s = doc.words.find((w) => w.form === "'s")!;
    expect(doc.text.slice(leader.start, leader.end)).toBe("leader");
    expect(doc.text.slice(s.start, s.end)).toBe("'s");
  });

  it("reads nested, multi-word and single-word brackets with offsets, types, clusters and categories", () => {
    const seen = doc.mentions.map((m) => [
      doc.text.slice(m.start, m.end),
      m.type,
      m.cluster,
      m.category,
      m.link,
    ]);
    expect(seen).toEqual([
      ["President Ana Silva", "person", "1", "named", "coref"],
      ["Lisbon", "place", "2", "named", "coref"],
      ["The Portuguese leader's trip", "event", "3", "nominal", "sgl"],
      ["The Portuguese leader", "person", "1", "nominal", "coref"],
      ["She", "person", "1", "pronominal", "ana"],
      ["the mayor of Lisbon", "person", "4", "nominal", "coref"],
      ["Lisbon", "place", "2", "named", "coref"],
      ["He", "person", "4", "pronominal", "ana"],
      ["her", "person", "1", "pronominal", "ana"],
    ]);
    expect(doc.mentions[0]!.identity).toBe("Ana_Silva");
    expect(doc.words[doc.mentions[5]!.headWord]!.form).toBe("mayor");
    // GUM's flat chain "President(head) Ana Silva" is headed by its last word.
    expect(doc.words[doc.mentions[0]!.headWord]!.form).toBe("Silva");
  });

  it("rejects a closing bracket with nothing open", () => {
    const broken = "# newdoc id = x\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\tEntity=5)\n";
    expect(() => readGumEntities(broken)).toThrow(/coref: x: closing bracket for entity 5/);
  });
});
