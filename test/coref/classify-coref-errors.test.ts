import { readFileSync } from "node:fs";
import { join } from "node:path";
import { classifyCorefErrors } from "../../scripts/coref/classify-coref-errors";
import { corefSettings } from "../../scripts/coref/coref-settings";
import { evaluateCoref } from "../../scripts/coref/evaluate-coref";
import { readGumEntities } from "../../scripts/coref/read-gum-entities";
import type { SystemMention } from "../../scripts/coref/score-document";

const fixture = readFileSync(join(__dirname, "..", "fixtures", "coref", "three-people.conllu"), "utf8");
const doc = readGumEntities(fixture)[0]!;

function at(text: string, type: SystemMention["type"], entityId: string | undefined, nth = 0): SystemMention {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = doc.text.indexOf(text, start + 1);
  return { start, end: start + text.length, text, type, kind: "name", entityId };
}

describe("classifyCorefErrors", () => {
  it("sorts errors by kind: missed, split, merged and spurious mentions", () => {
    const system: SystemMention[] = [
      at("Ana Silva", "PERSON", "person:silva"),
      at("The Portuguese leader", "PERSON", "person:leader"), // split off Silva
      at("Lisbon", "PLACE", "place:lisbon"),
      at("mayor", "PERSON", "place:lisbon"), // merged into Lisbon, and the mayor is a gold singleton
      at("trip", "PLACE", "place:lisbon"), // an event in gold
    ];
    const inputs = [{ doc, system }];
    const [headline] = evaluateCoref(inputs, corefSettings.slice(0, 1));
    const kinds = new Map(classifyCorefErrors(headline!, inputs).map((c) => [c.kind, c.count]));
    // Silva has one in-scope mention left after the split, so it is dropped as a singleton, like the leader.
    expect(
      kinds.get("found, but its system entity has no other mention in scope (dropped as a singleton)"),
    ).toBe(2);
    expect(kinds.get("missed named (no system mention)")).toBe(1); // the second Lisbon
    expect(kinds.get("spurious: gold mention out of scope (category or singleton)")).toBe(1);
    expect(kinds.get("spurious: gold mention of another type")).toBe(1);
  });
});
