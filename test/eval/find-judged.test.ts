import { findJudged, tripleKey, type TripleIdentity } from "../../scripts/eval/precision-sample";

const judged: TripleIdentity = {
  article: "a1",
  sentenceIndex: 5,
  subject: "Acme Corp",
  predicate: "ACQUIRED",
  object: "Beta Inc",
  polarity: "positive",
};

describe("findJudged", () => {
  it("finds a judged triple in its own sentence", () => {
    expect(findJudged(judged, new Set([tripleKey(judged)]))).toBe("exact");
  });

  it("finds it in a renumbered sentence nearby, and not further away", () => {
    expect(findJudged(judged, new Set([tripleKey({ ...judged, sentenceIndex: 3 })]))).toBe("moved");
    expect(findJudged(judged, new Set([tripleKey({ ...judged, sentenceIndex: 9 })]))).toBeUndefined();
  });

  it("does not take another article, predicate or polarity for it", () => {
    const others = [
      { ...judged, article: "a2" },
      { ...judged, predicate: "SOLD" },
      { ...judged, polarity: "negative" },
    ];
    expect(findJudged(judged, new Set(others.map(tripleKey)))).toBeUndefined();
  });

  it("takes a company named with or without its legal form for the same end, and no other name", () => {
    expect(findJudged(judged, new Set([tripleKey({ ...judged, subject: "Acme", object: "Beta" })]))).toBe(
      "exact",
    );
    expect(findJudged(judged, new Set([tripleKey({ ...judged, subject: "Acme Holdings" })]))).toBeUndefined();
  });

  it("takes an institution under its canonical name, with or without the state resolution adds", () => {
    const usda = { ...judged, subject: "U.S. Agriculture Department", object: "Fed" };
    const renamed = { ...usda, subject: "Agriculture Department (United States)", object: "Federal Reserve" };
    expect(findJudged(usda, new Set([tripleKey(renamed)]))).toBe("exact");
    expect(findJudged({ ...usda, subject: "USDA" }, new Set([tripleKey(renamed)]))).toBe("exact");
    const otherMinistry = { ...usda, subject: "Finance Ministry (Japan)", object: "Federal Reserve" };
    expect(findJudged(usda, new Set([tripleKey(otherMinistry)]))).toBeUndefined();
  });
});
