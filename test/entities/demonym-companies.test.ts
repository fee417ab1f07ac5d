import { withDemonymCompanies } from "../../ingest/entities/demonym-companies";
import type { Knowledge } from "../../ingest/entities/knowledge";
import type { EntitySpan } from "../../ingest/ner/ner-tag";
import { testExtractor } from "../support/test-extractor";

const demonyms: Record<string, string> = {
  Canadian: "Canada",
  Swiss: "Switzerland",
  "West German": "West Germany",
};
const knowledge: Knowledge = {
  country: (name) => (demonyms[name] ? { name: demonyms[name]!, matchedAs: "demonym" } : undefined),
  organization: () => undefined,
};
const words = (text: string): { words: string[] } => ({ words: text.split(" ") });

describe("withDemonymCompanies", () => {
  it("makes a demonym the first word of the company name after it, whether tagged apart or not", () => {
    const s = words("sold its stake to Canadian Pacific Ltd .");
    const spans: EntitySpan[] = [
      { start: 4, end: 5, type: "MISC" },
      { start: 5, end: 7, type: "LOC" },
    ];
    expect(withDemonymCompanies(s, spans, knowledge)).toEqual([{ start: 4, end: 7, type: "ORG" }]);
    const untagged = words("a unit of West German Acme Chemie AG");
    expect(withDemonymCompanies(untagged, [{ start: 5, end: 8, type: "ORG" }], knowledge)).toEqual([
      { start: 3, end: 8, type: "ORG" },
    ]);
  });

  it("leaves names without a legal form, and words that are no demonym, alone", () => {
    const s = words("the Swiss Volksbank and Pacific Acme Ltd");
    const spans: EntitySpan[] = [
      { start: 1, end: 2, type: "MISC" },
      { start: 2, end: 3, type: "ORG" },
      { start: 5, end: 7, type: "ORG" },
    ];
    expect(withDemonymCompanies(s, spans, knowledge)).toBe(spans);
  });
});

describe("companies named with a demonym, in the extractor", () => {
  it("names 'Canadian Pacific Ltd' in full, and keeps 'Japan's Fujitsu Ltd' the Japanese company it is", () => {
    const ts = testExtractor().extract({
      text: "Canadian Tire Corp said it sold its stake to Canadian Pacific Ltd.",
    }).triples;
    expect(ts.map((t) => t.object.name)).toContain("Canadian Pacific Ltd.");
    expect(ts.find((t) => t.object.name === "Canadian Pacific Ltd.")?.object.type).toBe("ORGANIZATION");
    const fujitsu = testExtractor().extract({ text: "Japan's Fujitsu Ltd bought the stake." }).triples;
    expect(fujitsu.map((t) => t.subject.name)).toContain("Fujitsu Ltd");
  });
});
