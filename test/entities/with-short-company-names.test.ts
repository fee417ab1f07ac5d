import { companyShortNames } from "../../ingest/entities/with-short-company-names";
import type { Mention } from "../../ingest/entities/mention";
import { testExtractor } from "../support/test-extractor";

/** "subject PREDICATE object" of every triple of the text. */
function lines(text: string): string[] {
  return testExtractor()
    .extract({ text })
    .triples.map((t) => `${t.subject.name} ${t.predicate} ${t.object.name}`);
}

describe("short company names the NER missed", () => {
  const story =
    "Willcox and Gibbs Inc said it has agreed to acquire electric parts distributor B and W Electric Supply Co for cash. " +
    "B and W had sales of about eight mln dlrs in its most recent year. ";

  it("reads the first word of a company's full name, standing alone later, as that company", () => {
    expect(lines(story + "Willcox said it plans further expansion in the Atlanta area.")).toContain(
      "Willcox and Gibbs Inc PLANNED expansion",
    );
  });

  it("leaves a word that is part of a longer name, or written in lower case in the story", () => {
    const longer = lines(story + "Willcox Brands said it plans further expansion in the Atlanta area.");
    expect(longer).not.toContain("Willcox and Gibbs Inc PLANNED expansion");
    // A first word the story also writes in lower case ("the summit of the company") is no short name.
    const summit: Mention = {
      id: 0,
      sentence: 0,
      start: 0,
      end: 3,
      head: 2,
      text: "Summit Computer Inc",
      kind: "name",
      type: "ORGANIZATION",
    };
    const noCountry = { country: () => undefined };
    expect(companyShortNames([summit], new Set(["summit"]), noCountry)).toEqual([]);
    expect(companyShortNames([summit], new Set(), noCountry)).toEqual(["Summit"]);
  });

  it("never takes a person's surname for the company's short name", () => {
    const text =
      "Tseng Laboratories Inc said it expects sales to rise. Tseng posted total revenues of 4.2 mln dlrs. " +
      "Jack Tseng, president of the company, attributed the rise to orders.";
    expect(lines(text).filter((l) => l.includes("POSTED"))).toEqual([]);
  });
});
