import { canonicalCountryName, countryByName } from "../../ingest/gazetteer/country-by-name";
import { organizationByName } from "../../ingest/gazetteer/international-organizations";

describe("countryByName", () => {
  it.each([
    ["Ukrainian", "Ukraine", "demonym"],
    ["Russians", "Russia", "demonym"],
    ["British", "United Kingdom", "demonym"],
    ["U.S.", "United States", "alternative"],
    ["USA", "United States", "alternative"],
    ["UK", "United Kingdom", "code"],
    ["Kyiv", "Ukraine", "capital"],
    ["Moscow", "Russia", "capital"],
    ["the Netherlands", "Netherlands", "common"],
    ["Russian Federation", "Russia", "official"],
  ])("%s → %s (%s)", (input, name, kind) => {
    const match = countryByName(input);
    expect(match?.name).toBe(name);
    expect(match?.matchedAs).toBe(kind);
  });

  it("accepts typographic apostrophes and odd spacing", () => {
    expect(countryByName("  People’s Republic of  China ")?.cca3).toBe("CHN");
  });

  it("does not read the pronoun 'us' or unknown names as countries", () => {
    expect(countryByName("us")).toBeUndefined();
    expect(countryByName("Atlantis")).toBeUndefined();
    expect(canonicalCountryName("Ukrainian")).toBe("Ukraine");
  });

  it("carries the demonym and capitals in the record", () => {
    const fr = countryByName("France");
    expect(fr?.demonym).toBe("French");
    expect(fr?.capitals).toEqual(["Paris"]);
  });
});

describe("organizationByName", () => {
  it("finds an organisation by short form and by full name", () => {
    expect(organizationByName("NATO")?.name).toBe("North Atlantic Treaty Organization");
    expect(organizationByName("international monetary fund")?.aliases).toContain("IMF");
  });

  it("matches short all-caps aliases only in capitals ('who' is not WHO)", () => {
    expect(organizationByName("who")).toBeUndefined();
    expect(organizationByName("WHO")?.name).toBe("World Health Organization");
  });
});
