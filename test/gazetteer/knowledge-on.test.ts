import { countryByName } from "../../ingest/gazetteer/country-by-name";
import { knowledgeOn } from "../../ingest/gazetteer/knowledge-on";
import { organizationByName } from "../../ingest/gazetteer/international-organizations";
import { testExtractor } from "../support/test-extractor";

const today = { country: countryByName, organization: organizationByName };

describe("knowledgeOn", () => {
  it("reads a capital as the state it was the capital of on the article's date", () => {
    expect(knowledgeOn(today, "1987-03-01").country("Moscow")?.name).toBe("Soviet Union");
    expect(knowledgeOn(today, "1987-03-01").country("Bonn")).toMatchObject({
      name: "West Germany",
      matchedAs: "capital",
    });
    expect(knowledgeOn(today, "2025-05-17").country("Moscow")?.name).toBe("Russia");
    expect(knowledgeOn(today, null).country("Moscow")?.name).toBe("Russia");
  });

  it("reads Germany and German as West Germany in news dated before unification", () => {
    const in1987 = knowledgeOn(today, "1987-03-01");
    expect(in1987.country("Germany")).toMatchObject({ name: "West Germany", matchedAs: "common" });
    expect(in1987.country("German")).toMatchObject({ name: "West Germany", matchedAs: "demonym" });
    expect(in1987.country("East German")?.name).toBe("East Germany");
    expect(knowledgeOn(today, "1995-01-01").country("German")?.name).toBe("Germany");
    expect(knowledgeOn(today, null).country("Germany")?.name).toBe("Germany");
  });

  it("reads names that only ever meant a former state as that state, whatever the date", () => {
    expect(knowledgeOn(today, null).country("Soviet")).toMatchObject({
      name: "Soviet Union",
      matchedAs: "demonym",
    });
    expect(knowledgeOn(today, "2025-01-01").country("West Germany")?.name).toBe("West Germany");
    expect(knowledgeOn(today, "1987-01-01").country("Ukraine")?.name).toBe("Ukraine");
  });

  it("knows an organisation only from the day it was founded", () => {
    const in1987 = knowledgeOn(today, "1987-03-18");
    for (const short of ["ICC", "EU", "WTO", "ECB", "OSCE", "G20", "AU", "CIS"])
      expect(in1987.organization(short)).toBeUndefined();
    expect(in1987.organization("IMF")?.name).toBe("International Monetary Fund");
    expect(in1987.organization("EC")?.name).toBe("European Community");
    expect(knowledgeOn(today, "2010-05-01").organization("ICC")?.name).toBe("International Criminal Court");
    expect(knowledgeOn(today, null).organization("ICC")?.name).toBe("International Criminal Court");
  });
});

describe("the extractor on 1987 news", () => {
  it("makes Moscow, the Soviets and a Soviet leader one Soviet Union, and Bonn West Germany", () => {
    const { triples } = testExtractor().extract({
      date: "1987-03-01",
      text: "Moscow has agreed to buy nine mln tonnes of U.S. grain. Bonn said the Soviets would buy wheat. West German officials met Soviet leader Mikhail Gorbachev.",
    });
    const names = triples.flatMap((t) => [t.subject.name, t.object.name]);
    expect(names).toContain("Soviet Union");
    expect(names).toContain("West Germany");
    expect(names).not.toContain("Russia");
    expect(names).not.toContain("Soviets");
    expect(triples.find((t) => t.predicate === "LEADER_OF")?.object.name).toBe("Soviet Union");
  });

  it("makes the German central bank of a 1987 story West Germany's Bundesbank, not reunified Germany's central bank", () => {
    const names = (date: string): string[] =>
      testExtractor()
        .extract({ date, text: "The German central bank raised its discount rate, dealers said." })
        .triples.flatMap((t) => [t.subject.name, t.object.name]);
    expect(names("1987-03-02")).toContain("Bundesbank");
    expect(names("1987-03-02")).not.toContain("Central Bank (Germany)");
  });

  it("reads the ICC of a 1987 story as the commission it names, not the court founded in 2002", () => {
    const text =
      "The Interstate Commerce Commission regulates freight rates. Under federal law, the ICC must give closer scrutiny to rate increase requests for railroads.";
    const names = (date: string): string[] =>
      testExtractor()
        .extract({ date, text })
        .triples.flatMap((t) => [t.subject.name, t.object.name]);
    expect(names("1987-03-18")).not.toContain("International Criminal Court");
    expect(names("1987-03-18")).toContain("Interstate Commerce Commission");
    const alone = testExtractor()
      .extract({
        date: "1987-03-18",
        text: "Under federal law, the ICC must give closer scrutiny to rate increase requests.",
      })
      .triples.map((t) => t.subject.name);
    expect(alone).toContain("ICC");
  });
});

describe("organisations of 1980s news", () => {
  it("knows the European Community and runs a name the NER cut on to it", () => {
    expect(organizationByName("EC")?.name).toBe("European Community");
    expect(organizationByName("ec")).toBeUndefined();
    expect(organizationByName("gatt")?.name).toBe("General Agreement on Tariffs and Trade");
    const { triples } = testExtractor().extract({
      text: "European Community officials welcomed Norway's recent move to renew a debate on membership.",
    });
    expect(triples.find((t) => t.predicate === "WELCOMED")?.subject.name).toBe("European Community");
  });
});
