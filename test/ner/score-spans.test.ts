import { nerSpans, spansOfTags } from "../../ingest/ner/ner-spans";
import { scoreSpans } from "../../ingest/ner/score-spans";

describe("spansOfTags (conlleval chunk semantics)", () => {
  it("starts an IOB1 chunk at I-X after O and after another type", () => {
    expect(spansOfTags(["I-PER", "I-PER", "O", "I-LOC", "I-ORG", "I-ORG"])).toEqual([
      { start: 0, end: 2, type: "PER" },
      { start: 3, end: 4, type: "LOC" },
      { start: 4, end: 6, type: "ORG" },
    ]);
  });

  it("splits adjacent same-type entities at B-X", () => {
    expect(spansOfTags(["I-LOC", "B-LOC", "I-LOC"])).toEqual([
      { start: 0, end: 1, type: "LOC" },
      { start: 1, end: 3, type: "LOC" },
    ]);
  });

  it("reads IOB2 and IOB1 encodings of the same entities identically", () => {
    expect(spansOfTags(["B-ORG", "I-ORG", "O", "B-PER"])).toEqual(
      spansOfTags(["I-ORG", "I-ORG", "O", "I-PER"]),
    );
  });

  it("rejects a word/tag count mismatch", () => {
    expect(() => nerSpans(["a", "b"], ["O"])).toThrow(/ner:/);
  });
});

describe("scoreSpans", () => {
  it("counts a span only when boundaries and type both match", () => {
    const gold = [
      ["B-PER", "I-PER", "O", "B-LOC"],
      ["B-ORG", "O"],
    ];
    // PER right, LOC typed as ORG, ORG cut short is fine (one token), plus a spurious MISC.
    const pred = [
      ["B-PER", "I-PER", "O", "B-ORG"],
      ["B-ORG", "B-MISC"],
    ];
    const s = scoreSpans(gold, pred);
    expect(s.overall.gold).toBe(3);
    expect(s.overall.predicted).toBe(4);
    expect(s.overall.correct).toBe(2);
    expect(s.overall.precision).toBeCloseTo(50, 6);
    expect(s.overall.recall).toBeCloseTo(66.6667, 3);
    expect(s.overall.f1).toBeCloseTo(57.1429, 3);
    expect(s.byType.LOC.recall).toBe(0);
    expect(s.byType.ORG.precision).toBe(50);
    expect(s.byType.MISC.precision).toBe(0);
    expect(s.byType.PER.f1).toBe(100);
  });

  it("gives no credit for a boundary error", () => {
    const s = scoreSpans([["I-ORG", "I-ORG", "I-ORG"]], [["B-ORG", "I-ORG", "O"]]);
    expect(s.overall.correct).toBe(0);
    expect(s.overall.f1).toBe(0);
  });

  it("scores a perfect IOB2 prediction of IOB1 gold as 100", () => {
    const s = scoreSpans([["I-PER", "B-PER", "O", "I-MISC"]], [["B-PER", "B-PER", "O", "B-MISC"]]);
    expect(s.overall.f1).toBe(100);
    expect(s.accuracy).toBe(100);
  });
});
