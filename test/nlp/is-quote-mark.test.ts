import { isQuoteMark } from "../../ingest/nlp/is-quote-mark";

describe("isQuoteMark", () => {
  it("knows straight, curly and treebank quotation marks, not apostrophes or possessives", () => {
    expect(['"', "“", "”", "``", "''"].every(isQuoteMark)).toBe(true);
    expect(["'", "'s", "’", "quote"].some(isQuoteMark)).toBe(false);
  });
});
