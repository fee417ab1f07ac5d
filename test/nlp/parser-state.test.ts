import { LEFT, ParserState, RIGHT, SHIFT } from "../../ingest/nlp/parser-state";

describe("parser state labels", () => {
  it("collects the labels of left and right dependents per head", () => {
    // "a b c": b heads a (LEFT) and c (RIGHT).
    const state = new ParserState(3);
    state.apply(SHIFT);
    state.apply(LEFT);
    state.setLabel(1, 3);
    state.apply(SHIFT);
    state.apply(SHIFT);
    state.apply(RIGHT);
    state.setLabel(3, 40);
    expect(state.heads[1]).toBe(2);
    expect(state.heads[3]).toBe(2);
    expect(state.leftLabelsLow[2]).toBe(1 << 3);
    expect(state.rightLabelsHigh[2]).toBe(1 << (40 - 32));
    expect(state.rightLabelsLow[2]).toBe(0);
    expect([...state.labels]).toEqual([0, 3, 0, 40]);
  });
});
