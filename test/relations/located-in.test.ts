import type { Triple } from "../../ingest/extraction";
import { testExtractor } from "../support/test-extractor";

function located(text: string): string[] {
  return testExtractor()
    .extract({ text })
    .triples.filter((t: Triple) => t.predicate === "LOCATED_IN")
    .map((t) => `${t.subject.name} > ${t.object.name}`);
}

describe("LOCATED_IN", () => {
  it("reads '-based', 'based in' and a Reuters company 'of' a place", () => {
    expect(located("The Dallas-based Acme Corp said it would buy the unit.")).toContain("Acme Corp > Dallas");
    expect(located("Delta Oil Co, based in Houston, said it sold the plant.")).toContain(
      "Delta Oil Co > Houston",
    );
    expect(located("The panel awarded a contract to Harbour Grain Ltd of New York on Friday.")).toContain(
      "Harbour Grain Ltd > New York",
    );
  });

  it("splits no name that holds its 'of' and no company 'of America'", () => {
    expect(located("The Bank of England said money market rates rose.")).toEqual([]);
    const america = testExtractor().extract({
      text: "Prudential Insurance Co of America said it bought the building.",
    }).triples;
    expect(america.map((t) => t.subject.name)).toContain("Prudential Insurance Co of America");
    expect(america.find((t) => t.predicate === "LOCATED_IN")).toBeUndefined();
  });

  it("reads the company, not its seat, as the speaker of 'X, based in Y, said'", () => {
    const ts = testExtractor().extract({
      text: "Delta Oil Co, based in Houston, said it sold the plant.",
    }).triples;
    expect(ts.filter((t) => t.subject.name === "Houston")).toEqual([]);
    expect(ts.filter((t) => t.predicate === "STATED" && t.object.name === "Houston")).toEqual([]);
  });
});
