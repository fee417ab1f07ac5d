import { recaseAfterAbbreviations } from "../../ingest/extract/recase-after-abbreviations";
import { testExtractor } from "../support/test-extractor";

describe("recaseAfterAbbreviations", () => {
  it("takes the capital off a plain word after U.S. or U.K., keeping every offset", () => {
    const text = "The U.K. Will ship wheat, and U.S. Officials said the U.S. Has no plans.";
    const out = recaseAfterAbbreviations(text);
    expect(out).toBe("The U.K. will ship wheat, and U.S. officials said the U.S. has no plans.");
    expect(out).toHaveLength(text.length);
  });

  it("keeps the capitals of names that start with the country", () => {
    const text = "U.S. Steel, U.S. Trade Representative Clayton Yeutter and the U.K. Treasury met.";
    expect(recaseAfterAbbreviations(text)).toBe(text);
  });

  it("keeps a sentence that ends with the abbreviation at a paragraph's end", () => {
    const text = "Sales rose in the U.S.\n\nOfficials said prices fell.";
    expect(recaseAfterAbbreviations(text)).toBe(text);
  });

  it("reads the country, not 'U.K. Will', as the one who ships, and quotes the sentence as written", () => {
    const text =
      "The U.K. Will ship 39,250 tonnes of feed wheat to China this month as food aid, the Overseas Development Administration said.";
    const shipped = testExtractor()
      .extract({ text })
      .triples.find((t) => t.predicate === "SHIPPED");
    expect(shipped?.subject.name).toBe("United Kingdom");
    expect(shipped?.sentence).toBe(text);
  });

  it("does not end a sentence after U.S. before a plain word", () => {
    const text = "Japan looks likely to allow U.S. Banks to conduct securities business, officials said.";
    const extraction = testExtractor().extract({ text });
    expect(extraction.sentenceCount).toBe(1);
    expect(extraction.triples.map((t) => t.subject.name)).not.toContain("U.S. Banks");
  });
});
