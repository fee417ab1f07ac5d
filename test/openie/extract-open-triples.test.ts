import { loadDependencyParser } from "../../ingest/nlp/dependency-parser";
import { loadPosTagger } from "../../ingest/nlp/pos-tagger";
import { analyzeTokens, type OpenieModels } from "../../ingest/openie/analyze-tokens";
import { extractOpenTriples } from "../../ingest/openie/extract-open-triples";
import type { OpenTriple } from "../../ingest/openie/open-triple";
import { openieLines } from "../../ingest/openie/openie-lines";

// The committed tagger and parser (models/), on sentences written for these tests.
let models: OpenieModels;
beforeAll(() => {
  const tagger = loadPosTagger();
  const parser = loadDependencyParser();
  models = { tag: (w) => tagger.tag(w), parse: (w, t) => parser.parse(w, t) };
});

const extract = (sentence: string): string[] =>
  extractOpenTriples(analyzeTokens(sentence.split(" "), models)).map((t: OpenTriple) =>
    [t.relation, t.arg1, ...t.args].join(" | "),
  );

describe("extractOpenTriples", () => {
  it("extracts subject, verb, object and obliques (before-verb obliques last)", () => {
    expect(extract("Last year , the company bought a small factory in Ohio .")).toContain(
      "bought | the company | a small factory | in Ohio | Last year",
    );
  });

  it("keeps auxiliaries and negation in the relation", () => {
    expect(extract("The bank did not raise its rates .")).toContain("did not raise | The bank | its rates");
  });

  it("puts the passive auxiliary and the preposition of the first oblique in the relation", () => {
    expect(extract("She was born in London .")).toContain("was born in | She | London");
    expect(extract("The bridge was built by the army in 1950 .")).toContain(
      "was built by | The bridge | the army | in 1950",
    );
  });

  it("splits coordinated subjects, objects and verbs", () => {
    const nouns = extract("Anna bought apples and pears .");
    expect(nouns).toEqual(expect.arrayContaining(["bought | Anna | apples", "bought | Anna | pears"]));
    const subjects = extract("Mary and John visited the museum .");
    expect(subjects).toEqual(
      expect.arrayContaining(["visited | Mary | the museum", "visited | John | the museum"]),
    );
    const verbs = extract("Tom sold his old car and bought a new bike .");
    expect(verbs).toEqual(expect.arrayContaining(["sold | Tom | his old car", "bought | Tom | a new bike"]));
  });

  it("gives a coordinated participle the auxiliaries of its head verb", () => {
    expect(extract("The company has closed two plants and fired 300 workers .")).toEqual(
      expect.arrayContaining([
        "has closed | The company | two plants",
        "has fired | The company | 300 workers",
      ]),
    );
  });

  it("uses the antecedent as the argument of a relative clause", () => {
    expect(extract("The museum , which opened in 1990 , attracts many visitors .")).toEqual(
      expect.arrayContaining(["opened in | The museum | 1990", "attracts | The museum | many visitors"]),
    );
  });

  it("takes the antecedent as object of a relative clause without relative word", () => {
    expect(extract("They sold the house we liked .")).toContain("liked | we | the house");
  });

  it("gives reported speech and the reported clause each a triple", () => {
    expect(extract("The minister said that the talks had failed .")).toEqual(
      expect.arrayContaining(["said that | The minister | the talks had failed", "had failed | the talks"]),
    );
  });

  it("states appositions as be-triples (tense unknown; CaRB matches be with any form)", () => {
    expect(extract("Paris , the capital of France , is a big city .")).toEqual(
      expect.arrayContaining(["is | Paris | a big city", "be | Paris | the capital of France"]),
    );
  });

  it("scores a triple with a second argument above one without", () => {
    const triples = extractOpenTriples(
      analyzeTokens("The minister said that the talks had failed .".split(" "), models),
    );
    const said = triples.find((t) => t.relation === "said that");
    const failed = triples.find((t) => t.relation === "had failed");
    expect(said!.confidence).toBeGreaterThan(failed!.confidence);
  });
});

describe("openieLines", () => {
  it("keeps the tabbed format intact when a line carries tabs or trailing whitespace", () => {
    const lines = openieLines("The bank did not raise its rates .\t \n", models);
    expect(lines).toContain("The bank did not raise its rates .\t0.9\tdid not raise\tThe bank\tits rates");
  });

  it("prints CaRB's tabbed format with the sentence exactly as read, PTB brackets included", () => {
    const line = "The firm -LRB- based in Ohio -RRB- hired 20 workers .";
    const lines = openieLines(`${line}\n\n`, models);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      const [sentence, confidence, relation, arg1] = l.split("\t");
      expect(sentence).toBe(line);
      expect(Number(confidence)).toBeGreaterThan(0);
      expect(Number(confidence)).toBeLessThanOrEqual(1);
      expect(relation).not.toBe("");
      expect(arg1).not.toBe("");
    }
    expect(lines.map((l) => l.split("\t").slice(2).join(" | "))).toContain(
      "hired | The firm -LRB- based in Ohio -RRB- | 20 workers",
    );
  });
});
