import type { NerTag } from "../../ingest/ner/ner-tag";
import { relativeHosts } from "../../ingest/extract/relative-hosts";
import { arcs, taggedWord as word } from "../support/arcs";
import { testExtractor } from "../support/test-extractor";

describe("relative hosts", () => {
  // "Bolin , director of Acme Institute , which studies trade", with the clause hung on "Bolin".
  const words = ["Bolin", ",", "director", "of", "Acme", "Institute", ",", "which", "studies", "trade"];
  const tags = [
    word("PROPN", "NNP", "bolin"),
    word("PUNCT", ",", ","),
    word("NOUN", "NN", "director"),
    word("ADP", "IN", "of"),
    word("PROPN", "NNP", "acme"),
    word("PROPN", "NNP", "institute"),
    word("PUNCT", ",", ","),
    word("PRON", "WDT", "which"),
    word("VERB", "VBZ", "study"),
    word("NOUN", "NN", "trade"),
  ];
  const parsed = arcs(
    "0 root, 3 punct, 1 appos, 6 case, 6 compound, 3 nmod, 9 punct, 9 nsubj, 1 acl:relcl, 9 obj",
  );

  it("moves a 'which' clause from a person to the organisation named before it", () => {
    const ner: NerTag[] = ["B-PER", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"];
    expect(relativeHosts(parsed, tags, words, ner)[8]).toEqual({ head: 6, deprel: "acl:relcl" });
  });

  it("leaves a clause hung on anything but a person", () => {
    const ner: NerTag[] = ["B-ORG", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"];
    expect(relativeHosts(parsed, tags, words, ner)).toBe(parsed);
  });

  it("gives what the institute does to the institute, not its director", () => {
    const subjects = (text: string, predicate: string) =>
      testExtractor()
        .extract({ text })
        .triples.filter((t) => t.predicate === predicate)
        .map((t) => t.subject.name);
    expect(
      subjects(
        "Richard Bolin, director of the Flagstaff Institute of Arizona, which studies international trade issues, said the United States needs more factories.",
        "STUDIED",
      ),
    ).toEqual(["Flagstaff Institute of Arizona"]);
    expect(
      subjects(
        "Frank Naylor, chairman of the Farm Credit Administration, FCA, which regulates the farm credit system, said a secondary market would be positive.",
        "REGULATED",
      ),
    ).toEqual(["Farm Credit Administration"]);
  });
});
