import { dueToInfinitives } from "../../ingest/extract/due-to-infinitives";
import type { TaggedWord } from "../../ingest/nlp/types";
import { testExtractor } from "../support/test-extractor";

const tagged = (xpos: string[]): TaggedWord[] => xpos.map((x) => ({ upos: "X", xpos: x, lemma: "" }));

function facts(text: string): string[] {
  return testExtractor()
    .extract({ text })
    .triples.map((t) => `${t.subject.name} ${t.predicate} ${t.object.name}`);
}

describe("'be due to' before a verb", () => {
  it("shows the parser 'likely' for 'due' before an infinitive, and only there", () => {
    const words = ["Ghana", "is", "due", "to", "sign"];
    expect(dueToInfinitives(words, tagged(["NNP", "VBZ", "JJ", "TO", "VB"]))).toEqual([
      "Ghana",
      "is",
      "likely",
      "to",
      "sign",
    ]);
    const delay = ["delays", "due", "to", "rain"];
    expect(dueToInfinitives(delay, tagged(["NNS", "JJ", "IN", "NN"]))).toBe(delay);
  });

  it("gives the infinitive its subject", () => {
    expect(facts("Ghana is due to sign a new trade accord.")).toContain("Ghana SIGNED trade accord");
    const signing = testExtractor()
      .extract({ text: "Ghana is due to sign a new trade accord." })
      .triples.find((t) => t.predicate === "SIGNED");
    // Scheduled, not done.
    expect(signing?.modality).toBe("planned");
    expect(facts("Widget Corp is due to meet Acme Corp's board on Friday.")).toContain(
      "Widget Corp MET Acme Corp",
    );
  });
});
