import { LinearModel, type LinearModelData } from "../../ingest/nlp/linear-model";
import { taggerContext, taggerFeatures } from "../../ingest/nlp/tagger-features";

/** A model whose feature `key` has weight key + class / 10 for each class in `classes` of it. */
function model(classCount: number, features: Record<number, number[]>): LinearModelData {
  const data: LinearModelData = {
    classCount,
    keys: [],
    offsets: [0],
    classIds: [],
    weights: [],
    scale: 1000,
  };
  for (const [key, classes] of Object.entries(features)) {
    data.keys.push(Number(key));
    for (const c of classes) {
      data.classIds.push(c);
      data.weights.push(Math.round((Number(key) + c / 10) * 1000));
    }
    data.offsets.push(data.classIds.length);
  }
  return data;
}

function scores(m: LinearModel, keys: number[]): number[] {
  const out = new Float64Array(m.classCount);
  m.score(keys, keys.length, out);
  return [...out].map((x) => Math.round(x * 1000) / 1000);
}

describe("linear model", () => {
  it("sums the weights of known features over few classes and skips unknown ones", () => {
    const m = new LinearModel(model(3, { 5: [0, 2], 7: [1], 1003: [0, 1, 2] }));
    expect(scores(m, [5])).toEqual([5, 0, 5.2]);
    expect(scores(m, [5, 7, 1003, 42])).toEqual([1008, 1010.2, 1008.4]);
    expect(scores(m, [42, 43])).toEqual([0, 0, 0]);
  });

  it("sums the weights of sparse features over many classes", () => {
    const m = new LinearModel(model(40, { 3: [39], 9: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 11: [5] }));
    const s = scores(m, [9, 3, 11, 99, 9]);
    expect(s[39]).toBe(3 + 3.9);
    expect(s[5]).toBe(2 * 9.5 + 11.5);
    expect(s[12]).toBe(2 * 10.2);
    expect(s[13]).toBe(0);
  });

  it("adds three-class sums to the scores already there, as the parser sums its feature groups", () => {
    const m = new LinearModel(model(3, { 5: [0, 2], 7: [1] }));
    const out = Float64Array.from([1.5, -2, 0.25]);
    m.score([7, 5, 8], 2, out);
    expect([...out].map((x) => Math.round(x * 1000) / 1000)).toEqual([6.5, 5.1, 5.45]);
  });

  it("sums dense rows of other small class counts", () => {
    const keys = Array.from({ length: 40 }, (_, i) => 16 * i + 1);
    const m = new LinearModel(model(5, Object.fromEntries(keys.map((k) => [k, [0, 4]]))));
    expect(scores(m, [17, 33, 999])).toEqual([50, 0, 0, 0, 50.8]);
    expect(scores(m, keys)).toEqual([12520, 0, 0, 0, 12536]);
  });

  it("scores many features at once (scratch space grows)", () => {
    const keys = Array.from({ length: 600 }, (_, i) => i + 1);
    const m = new LinearModel(model(3, Object.fromEntries(keys.map((k) => [k, [1]]))));
    expect(scores(m, keys)).toEqual([0, (600 * 601) / 2 + 60, 0]);
  });
});

describe("tagger features", () => {
  it("reading right to left gives the features of the reversed sentence", () => {
    const words = ["In", "1999", ",", "Kyiv-based", "firms", "sold", "3.5", "%", "more", "."];
    const forward = taggerContext(words);
    const reversed = taggerContext([...words].reverse());
    const n = words.length;
    for (let i = 0; i < n; i++) {
      const backward: number[] = [];
      const expected: number[] = [];
      taggerFeatures(forward, i, 7 + i, 9, backward, -1);
      taggerFeatures(reversed, n - 1 - i, 7 + i, 9, expected);
      expect(backward).toEqual(expected);
    }
  });
});
