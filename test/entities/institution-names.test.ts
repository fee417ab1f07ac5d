import { withInstitutionNames } from "../../ingest/entities/institution-names";
import type { Upos } from "../../ingest/nlp/types";

function sentence(tagged: string): { words: string[]; upos: Upos[] } {
  const pairs = tagged.split(" ").map((w) => w.split("/") as [string, Upos]);
  return { words: pairs.map((p) => p[0]), upos: pairs.map((p) => p[1]) };
}

describe("institution names the NER left out", () => {
  const planned = sentence(
    "The/DET government/NOUN 's/PART Flag/PROPN Consideration/PROPN Project/PROPN has/AUX planned/VERB meetings/NOUN ./PUNCT",
  );

  it("names an organisation by capitalised proper nouns ending in an institution's last word", () => {
    expect(withInstitutionNames(planned, [])).toEqual([{ start: 3, end: 6, type: "ORG" }]);
  });

  it("leaves names the NER found, single words and other endings alone", () => {
    const found = [{ start: 3, end: 6, type: "MISC" as const }];
    expect(withInstitutionNames(planned, found)).toEqual(found);
    const single = sentence("The/DET Project/PROPN has/AUX planned/VERB meetings/NOUN ./PUNCT");
    expect(withInstitutionNames(single, [])).toEqual([]);
    const plan = sentence("The/DET Flag/PROPN Consideration/PROPN Plan/PROPN was/AUX published/VERB ./PUNCT");
    expect(withInstitutionNames(plan, [])).toEqual([]);
  });

  it("finds nothing in a headline whose every word is capitalised", () => {
    const headline = sentence("Flag/PROPN Consideration/PROPN Project/PROPN Plans/VERB Meetings/NOUN");
    expect(withInstitutionNames(headline, [])).toEqual([]);
  });
});
