import { LinearModel, type LinearModelData } from "../../ingest/nlp/linear-model";
import { sumLinearModels } from "../../scripts/ud/sum-linear-models";

function data(classCount: number, rows: [number, [number, number][]][]): LinearModelData {
  const m: LinearModelData = { classCount, keys: [], offsets: [0], classIds: [], weights: [], scale: 1000 };
  for (const [key, entries] of rows) {
    m.keys.push(key);
    for (const [c, w] of entries) {
      m.classIds.push(c);
      m.weights.push(w);
    }
    m.offsets.push(m.classIds.length);
  }
  return m;
}

function scores(m: LinearModelData, keys: number[]): number[] {
  const model = new LinearModel(m);
  const out = new Float64Array(m.classCount);
  model.score(keys, keys.length, out);
  return [...out];
}

describe("sumLinearModels", () => {
  const a = data(3, [
    [
      5,
      [
        [0, 1500],
        [2, -500],
      ],
    ],
    [7, [[1, 2000]]],
  ]);
  const b = data(3, [
    [
      7,
      [
        [1, -2000],
        [2, 750],
      ],
    ],
    [9, [[0, 250]]],
  ]);

  it("scores every feature set as the two models together", () => {
    const sum = sumLinearModels([a, b]);
    for (const keys of [[5], [7], [9], [5, 7, 9], [5, 11], [11]]) {
      const both = scores(a, keys).map((s, c) => s + scores(b, keys)[c]!);
      expect(scores(sum, keys)).toEqual(both);
    }
  });

  it("drops weights that cancel out and keeps a single model as it is", () => {
    const sum = sumLinearModels([a, b]);
    expect(sum.keys).toEqual([5, 7, 9]);
    expect(sum.classIds.slice(sum.offsets[1], sum.offsets[2])).toEqual([2]);
    expect(sumLinearModels([a])).toEqual(a);
  });

  it("refuses models of different shapes", () => {
    expect(() => sumLinearModels([a, data(4, [])])).toThrow(/sum-linear-models/);
    expect(() => sumLinearModels([])).toThrow(/sum-linear-models/);
  });
});
