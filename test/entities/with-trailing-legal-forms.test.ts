import { withTrailingLegalForms } from "../../ingest/entities/with-trailing-legal-forms";
import type { NerTag } from "../../ingest/ner/ner-tag";
import { testExtractor } from "../support/test-extractor";

describe("trailing legal forms", () => {
  const words = ["Tanaka", "Kikinzoku", "KK", "distributes", "coins"];

  it("takes an untagged legal form after a name into it, as a company's name", () => {
    const ner: NerTag[] = ["B-PER", "I-PER", "O", "O", "O"];
    expect(withTrailingLegalForms({ words, ner }, [{ start: 0, end: 2, type: "PER" }])).toEqual([
      { start: 0, end: 3, type: "ORG" },
    ]);
  });

  it("leaves a name followed by any other word", () => {
    const ner: NerTag[] = ["B-PER", "I-PER", "O", "O", "O"];
    const spans = [{ start: 0, end: 2, type: "PER" as const }];
    expect(
      withTrailingLegalForms({ words: ["Tanaka", "Kikinzoku", "said", "it", "grew"], ner }, spans),
    ).toEqual(spans);
  });

  it("does not make a Japanese company a person whom a later 'she' names", () => {
    const ts = testExtractor().extract({
      text:
        "A U.S. Mint official told reporters that the coins took the largest share of the market. " +
        "Sumitomo Corp and Tanaka Kikinzoku KK already distribute the coins in Japan, she said.",
    }).triples;
    const names = ts.flatMap((t) => [t.subject.name, t.object.name]);
    expect(names).not.toContain("Tanaka Kikinzoku");
  });
});
