import {
  b3Counts,
  ceafeCounts,
  corefMetrics,
  corefScore,
  mucCounts,
} from "../../scripts/coref/coref-metrics";
import { maxAssignment } from "../../scripts/coref/max-assignment";

describe("coref metrics", () => {
  it("scores Vilain et al.'s classic MUC example: key {A B C D}, response {A B} {C D}", () => {
    const m = mucCounts(
      [["A", "B", "C", "D"]],
      [
        ["A", "B"],
        ["C", "D"],
      ],
    );
    // Recall (4 − 2) / (4 − 1): the key entity is cut into two parts; precision (1 + 1) / (1 + 1).
    expect(m).toEqual({ recallNum: 2, recallDen: 3, precisionNum: 2, precisionDen: 2 });
  });

  // Pradhan et al. 2014, figure 1: key {a b c} {d e f g}; response {a b} {c d} {f g h i}.
  const key = [
    ["a", "b", "c"],
    ["d", "e", "f", "g"],
  ];
  const response = [
    ["a", "b"],
    ["c", "d"],
    ["f", "g", "h", "i"],
  ];

  it("MUC with twinless mentions on both sides", () => {
    // Recall: {a b c} → 2 parts, {d e f g} → {d} {e} {f g} = 3 parts: (1 + 1) / (2 + 3).
    // Precision: {a b} 1 part, {c d} 2, {f g h i} → {f g} {h} {i} = 3: (1 + 0 + 1) / (1 + 1 + 3).
    expect(mucCounts(key, response)).toEqual({
      recallNum: 2,
      recallDen: 5,
      precisionNum: 2,
      precisionDen: 5,
    });
  });

  it("B³ with twinless mentions on both sides", () => {
    const b = b3Counts(key, response);
    // Recall: (2²+1²)/3 + (1²+2²)/4 = 35/12 over 7 key mentions; precision: 2²/2 + (1+1)/2 + 2²/4 = 4 over 8.
    expect(b.recallNum).toBeCloseTo(35 / 12, 10);
    expect(b.recallDen).toBe(7);
    expect(b.precisionNum).toBeCloseTo(4, 10);
    expect(b.precisionDen).toBe(8);
  });

  it("CEAF-e aligns entities one to one by φ4", () => {
    const c = ceafeCounts(key, response);
    // Best alignment {a b c}–{a b} (2·2/5 = 0.8) and {d e f g}–{f g h i} (2·2/8 = 0.5).
    expect(c.recallNum).toBeCloseTo(1.3, 10);
    expect(c.recallDen).toBe(2);
    expect(c.precisionDen).toBe(3);
    const s = corefScore(corefMetrics(key, response));
    expect(s.ceafe.recall).toBeCloseTo(0.65, 10);
    expect(s.ceafe.precision).toBeCloseTo(1.3 / 3, 10);
    expect(s.muc.f1).toBeCloseTo(0.4, 10);
    expect(s.b3.recall).toBeCloseTo(35 / 84, 10);
    expect(s.b3.precision).toBeCloseTo(0.5, 10);
    expect(s.conll).toBeCloseTo((s.muc.f1 + s.b3.f1 + s.ceafe.f1) / 3, 10);
  });

  it("gives 100 for a perfect response and 0 MUC when every entity is split into singletons", () => {
    expect(corefScore(corefMetrics(key, key)).conll).toBeCloseTo(1, 10);
    const split = corefScore(
      corefMetrics(
        key,
        key.flat().map((m) => [m]),
      ),
    );
    expect(split.muc.f1).toBe(0);
    expect(split.b3.precision).toBe(1);
  });
});

describe("maxAssignment", () => {
  it("finds the best one-to-one assignment, not the greedy one", () => {
    // Greedy takes 0.9 and is left with 0.1; the best pairs 0.8 with 0.7.
    expect(
      maxAssignment([
        [0.9, 0.8],
        [0.7, 0.1],
      ]),
    ).toBeCloseTo(1.5, 10);
  });

  it("handles rectangular matrices both ways and empty ones", () => {
    expect(maxAssignment([[0.2, 0.5, 0.4]])).toBeCloseTo(0.5, 10);
    expect(maxAssignment([[0.2], [0.6], [0.4]])).toBeCloseTo(0.6, 10);
    expect(maxAssignment([])).toBe(0);
  });
});
