import { readFileSync } from "node:fs";
import type { Triple } from "../../ingest/extraction";
import { parseTextArticle } from "../../ingest/parse-text-article";
import { testExtractor } from "../support/test-extractor";

const sample = parseTextArticle(
  "2025-05-17-istanbul-talks",
  readFileSync("samples/2025-05-17-istanbul-talks.txt", "utf8"),
);

function has(triples: Triple[], subject: string, predicate: string, object: string): Triple | undefined {
  return triples.find(
    (t) => t.subject.name === subject && t.predicate === predicate && t.object.name === object,
  );
}

describe("extractor on the sample article", () => {
  const { triples, entities } = testExtractor().extract(sample);

  it("finds the article's clear facts, each with its sentence", () => {
    const call = has(triples, "Volodymyr Zelenskiy", "CALLED", "Donald Trump");
    expect(call?.relation).toBe("held a phone call with");
    expect(call?.sentence).toContain("held a phone call with Trump");
    expect(has(triples, "European Union", "PREPARING", "sanctions")?.relation).toBe("was working on");
    expect(has(triples, "Keir Starmer", "CRITICIZED", "Russia")).toBeDefined();
    expect(has(triples, "Vladimir Medinsky", "NEGOTIATOR_FOR", "Russia")?.relation).toBe("lead negotiator");
    expect(has(triples, "Volodymyr Zelenskiy", "LEADER_OF", "Ukraine")).toBeDefined();
    expect(has(triples, "Keir Starmer", "LEADER_OF", "United Kingdom")).toBeDefined();
  });

  it("keeps the prisoner exchange as planned, for both countries", () => {
    for (const side of ["Russia", "Ukraine"]) {
      const t = has(triples, side, "EXCHANGED", "prisoners");
      expect(t?.modality).toBe("planned");
      expect(t?.relation).toContain("agreed to trade");
    }
  });

  it("marks failed agreement as negative and reported speech with its speaker", () => {
    const ceasefire = triples.find((t) => t.predicate === "AGREED" && t.object.name === "ceasefire");
    expect(ceasefire?.polarity).toBe("negative");
    const sanctions = has(triples, "European Union", "PREPARING", "sanctions");
    expect(sanctions?.modality).toBe("reported");
    expect(sanctions?.attribution).toBe("Ursula von der Leyen");
  });

  it("resolves 'on Friday' against the article's date", () => {
    expect(has(triples, "Volodymyr Zelenskiy", "CALLED", "Donald Trump")?.date).toBe("2025-05-16");
  });

  it("makes one entity of every name of a referent", () => {
    const zelenskiy = entities.find((e) => e.id === "person:volodymyr-zelenskiy");
    expect(zelenskiy?.aliases).toContain("Zelenskiy");
    expect(entities.filter((e) => e.name.includes("Zelenskiy"))).toHaveLength(1);
    expect(entities.find((e) => e.id === "organization:european-union")?.aliases).toContain("EU");
    expect(entities.find((e) => e.id === "place:united-states")?.aliases).toContain("U.S.");
  });
});

describe("extractor on hard inputs", () => {
  const extractor = testExtractor();

  it.each([
    "Moscow said it would retaliate against the sanctions.",
    "IT WAS A QUIET DAY IN THE MARKETS",
    "“We agree,” he said.",
    "A.",
    "Zelensky's and Zelenskyy's names — and U.S.-Russia talks — were discussed on 12/05/2025 at 3.5% rates.",
  ])("does not fail on %j", (text) => {
    expect(() => extractor.extract({ text })).not.toThrow();
  });

  it("turns a capital that acts into its state, even when the state is never named", () => {
    const { triples } = extractor.extract({ text: "Moscow rejected the proposal on Tuesday." });
    expect(triples).toContainEqual(
      expect.objectContaining({
        predicate: "REJECTED",
        subject: expect.objectContaining({ name: "Russia" }),
      }),
    );
  });

  it("does not merge two people who share a surname", () => {
    const { entities } = extractor.extract({
      text: "Anna Smith met John Smith in Paris. Later, Anna Smith said she was pleased.",
    });
    const people = entities
      .filter((e) => e.type === "PERSON")
      .map((e) => e.name)
      .sort();
    expect(people).toEqual(["Anna Smith", "John Smith"]);
  });
});
