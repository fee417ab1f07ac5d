import {
  institutionEntityName,
  stateAfterOf,
  stateInstitution,
} from "../../ingest/entities/state-institution";

const states: Record<string, string> = {
  Japanese: "Japan",
  Japan: "Japan",
  "U.S.": "United States",
  Brazil: "Brazil",
  "West German": "West Germany",
};
const state = (name: string): string | undefined => states[name];

describe("stateInstitution", () => {
  it("recognises a name made only of an institution and its portfolio, in news' word order", () => {
    expect(stateInstitution("Finance Ministry", state)).toEqual({ name: "Finance Ministry" });
    expect(stateInstitution("the Ministry of Finance", state)).toEqual({ name: "Finance Ministry" });
    expect(stateInstitution("Ministry of International Trade and Industry", state)).toEqual({
      name: "International Trade and Industry Ministry",
    });
    expect(stateInstitution("Treasury", state)).toEqual({ name: "Treasury" });
    expect(stateInstitution("Central Bank", state)).toEqual({ name: "Central Bank" });
  });

  it.each([
    ["Japanese Finance Ministry", "Finance Ministry", "Japan"],
    ["U.S. Agriculture Department", "Agriculture Department", "United States"],
    ["Central Bank of Brazil", "Central Bank", "Brazil"],
    ["West German Supreme Court", "Supreme Court", "West Germany"],
  ])("takes the state a name itself gives, before it or after 'of': %s", (text, name, country) => {
    expect(stateInstitution(text, state)).toEqual({ name, country });
  });

  it("leaves alone names with a name of their own, banks that are no state's, and portfolios alone", () => {
    expect(stateInstitution("Bank of England", state)).toBeUndefined();
    expect(stateInstitution("Commercial Bank", state)).toBeUndefined();
    expect(stateInstitution("Bank", state)).toBeUndefined();
    expect(stateInstitution("Finance", state)).toBeUndefined();
    expect(stateInstitution("Fiat Finance", state)).toBeUndefined();
    expect(stateInstitution("Securities and Exchange Commission", state)).toBeUndefined();
    expect(stateInstitution("Federal Reserve Bank of New York", state)).toBeUndefined();
  });

  it("names the entity with its state in brackets when known", () => {
    expect(institutionEntityName({ name: "Finance Ministry", country: "Japan" })).toBe(
      "Finance Ministry (Japan)",
    );
    expect(institutionEntityName({ name: "Treasury" })).toBe("Treasury");
  });

  it("names a state's central bank by the bank's own name where news uses it", () => {
    expect(institutionEntityName({ name: "Central Bank", country: "West Germany" })).toBe("Bundesbank");
    expect(institutionEntityName({ name: "Central Bank", country: "Germany" })).toBe("Bundesbank");
    expect(institutionEntityName({ name: "Central Bank", country: "Brazil" })).toBe("Central Bank (Brazil)");
  });

  it("reads the state a bank's own name ends with after 'of', but no town's", () => {
    const withTown = (name: string): string | undefined => (name === "Tokyo" ? undefined : state(name));
    expect(stateAfterOf("Bank of Japan", withTown)).toBe("Japan");
    expect(stateAfterOf("Central Bank of Brazil", withTown)).toBe("Brazil");
    expect(stateAfterOf("Bank of Tokyo", withTown)).toBeUndefined();
    expect(stateAfterOf("Japan Development Bank", withTown)).toBeUndefined();
  });
});
