import { possessedNames } from "../../ingest/extract/possessed-names";
import type { NerTag } from "../../ingest/ner/ner-tag";
import { arcs, taggedWord } from "../support/arcs";
import { testExtractor } from "../support/test-extractor";

describe("possessed names", () => {
  // Sandoz Corp 's Northrup King Co said: the parser hung both names flat on "Sandoz".
  const proper = taggedWord("PROPN", "NNP");
  const tags = [proper, proper, taggedWord("PART", "POS"), proper, proper, proper, taggedWord("VERB", "VBD")];
  const misparse = arcs("7 nsubj, 1 flat, 2 case, 5 compound, 1 appos, 5 appos, 0 root");
  const ner: NerTag[] = ["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "O"];

  it("heads a name owned by the name before it by its own last word, the owner its possessor", () => {
    expect(possessedNames(misparse, tags, ner)).toEqual(
      arcs("2 compound, 6 nmod:poss, 2 case, 6 compound, 6 compound, 7 nsubj, 0 root"),
    );
  });

  it("leaves an 's inside one name ('Moody's Investors Service')", () => {
    const oneName: NerTag[] = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"];
    expect(possessedNames(misparse, tags, oneName)).toEqual(misparse);
  });

  it("leaves a place after the 's, where the owner's plant is ('Newman's Kendallville, Indiana plant')", () => {
    const place: NerTag[] = ["B-ORG", "I-ORG", "O", "B-LOC", "I-LOC", "I-LOC", "O"];
    expect(possessedNames(misparse, tags, place)).toEqual(misparse);
  });

  it("reads the unit, not its parent, as the speaker and the buyer", () => {
    const ts = testExtractor().extract({
      text: "Sandoz Corp's Northrup King Co said it bought Stauffer Seeds, a unit of Stauffer Chemical Co.",
    }).triples;
    const acts = ts.filter((t) => t.predicate === "STATED" || t.predicate === "ACQUIRED");
    expect(acts.map((t) => t.subject.name)).toEqual(["Northrup King Co", "Northrup King Co"]);
  });

  it("keeps the owner's name on a noun the owned name only modifies ('AMC's Jeep division')", () => {
    const ts = testExtractor().extract({
      text: "Chrysler chairman Lee Iacocca cited AMC's Jeep division as the major attraction.",
    }).triples;
    expect(ts.filter((t) => t.predicate === "CITED").map((t) => t.object.name)).toContain("Jeep division");
  });
});
