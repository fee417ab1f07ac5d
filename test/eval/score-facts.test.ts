import type { TripleJson } from "../../ingest/triple-to-json";
import { scoreFacts, type FactProbe } from "../../scripts/eval/score-facts";

const triple = (over: Partial<TripleJson>): TripleJson => ({
  article: "a",
  subject: { id: "person:v", name: "Volodymyr Zelenskiy", type: "PERSON", aliases: ["Zelenskiy"] },
  predicate: "CALLED",
  relation: "held a phone call with",
  object: { id: "person:t", name: "Donald Trump", type: "PERSON", aliases: [] },
  polarity: "positive",
  modality: "asserted",
  confidence: 0.8,
  sentence: "s",
  sentenceIndex: 0,
  date: null,
  ...over,
});

const probe: FactProbe = {
  article: "a",
  subject: ["Zelenskiy"],
  relation: ["call"],
  object: ["Trump"],
  kind: "event",
};

describe("scoreFacts", () => {
  it("finds a fact by alias, whole-word names and a stem in predicate or relation", () => {
    expect(scoreFacts([probe], [triple({})]).found).toBe(1);
    expect(scoreFacts([{ ...probe, relation: ["phone"] }], [triple({})]).found).toBe(1);
  });

  it("does not count negative triples, other articles, partial words or self-links", () => {
    expect(scoreFacts([probe], [triple({ polarity: "negative" })]).found).toBe(0);
    expect(scoreFacts([probe], [triple({ article: "b" })]).found).toBe(0);
    expect(scoreFacts([{ ...probe, object: ["Trum"] }], [triple({})]).found).toBe(0);
    const self = triple({
      object: { id: "person:v", name: "Volodymyr Zelenskiy", type: "PERSON", aliases: ["Trump"] },
    });
    expect(scoreFacts([probe], [self]).found).toBe(0);
  });

  it("reports recall per kind", () => {
    const s = scoreFacts([probe, { ...probe, kind: "role", relation: ["leader"] }], [triple({})]);
    expect(s.byKind).toEqual({ event: { found: 1, total: 1 }, role: { found: 0, total: 1 } });
    expect(s.missed).toHaveLength(1);
  });
});
