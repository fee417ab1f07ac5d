import { withUnseenNames } from "../../ingest/entities/unseen-names";
import type { Upos } from "../../ingest/nlp/types";
import { tripleLines } from "../support/triple-lines";

function sentence(tagged: string): { words: string[]; upos: Upos[] } {
  const pairs = tagged.split(" ").map((w) => w.split("/") as [string, Upos]);
  return { words: pairs.map((p) => p[0]), upos: pairs.map((p) => p[1]) };
}

describe("names the NER has never seen", () => {
  it("names a hashtag, a handle and a model code the tagger calls a proper noun", () => {
    const s = sentence(
      "She/PRON chose/VERB #IStandWithAhmed/PROPN ,/PUNCT @POTUS/PROPN and/CCONJ IE6/PROPN ./PUNCT",
    );
    expect(withUnseenNames(s, [])).toEqual([
      { start: 2, end: 3, type: "MISC" },
      { start: 4, end: 5, type: "MISC" },
      { start: 6, end: 7, type: "MISC" },
    ]);
  });

  it("leaves numbers, codes the tagger reads otherwise and names the NER found alone", () => {
    const s = sentence("M3/NOUN grew/VERB 5/NUM pct/NOUN ,/PUNCT IE6/PROPN said/VERB");
    const found = [{ start: 5, end: 6, type: "ORG" as const }];
    expect(withUnseenNames(s, found)).toEqual(found);
  });

  it("names a word with a capital after a small letter that the tagger took for a common word ('CoFACE')", () => {
    const s = sentence("CoFACE/NOUN suspended/VERB its/PRON cover/NOUN on/ADP YouTube/PROPN");
    expect(withUnseenNames(s, [])).toEqual([{ start: 0, end: 1, type: "MISC" }]);
  });

  it("lets an agency the NER missed be the subject", () => {
    expect(tripleLines("CoFACE suspended its cover for export contracts with Ghana in 1983.")).toContain(
      "CoFACE SUSPENDED cover",
    );
  });
});
