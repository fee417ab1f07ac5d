import type { CarbExtraction } from "../../scripts/eval/carb-extraction";
import { carbMatch } from "../../scripts/eval/carb-match";
import { carbReadGold } from "../../scripts/eval/carb-read-gold";
import { carbReadOpenie5 } from "../../scripts/eval/carb-read-openie5";
import { carbReadTabbed } from "../../scripts/eval/carb-read-tabbed";
import { carbAuc, carbScore } from "../../scripts/eval/carb-score";
import { carbSentenceKey } from "../../scripts/eval/carb-sentence-key";

const SENTENCE = "The spokesman said prices rose in Paris in 1990 .";
const tuple = (relation: string, args: string[], confidence = 1, sentence = SENTENCE): CarbExtraction => ({
  sentence,
  confidence,
  relation,
  args,
});

describe("carbSentenceKey", () => {
  it("ignores spaces, PTB bracket escapes and ASCII punctuation", () => {
    expect(carbSentenceKey("He said -LRB- yes -RRB- , `` no '' .")).toBe("Hesaidyesno");
    expect(carbSentenceKey("He said (yes), ``no''.")).toBe("Hesaidyesno");
  });
});

describe("carbMatch", () => {
  it("counts token overlap as a multiset, case-sensitively", () => {
    const gold = tuple("born in", ["the the man", "Paris"]);
    expect(carbMatch(gold, tuple("born in", ["the man", "Paris"]))).toEqual({
      precision: 1,
      recall: 5 / 6,
    });
    const lower = carbMatch(gold, tuple("born in", ["The man", "paris"]));
    expect(lower.precision).toBeCloseTo(3 / 5);
    expect(lower.recall).toBeCloseTo(3 / 6);
  });

  it("needs a shared relation token; a system 'be' matches any form of be", () => {
    const gold = tuple("is", ["Paris", "a city"]);
    expect(carbMatch(gold, tuple("seems", ["Paris", "a city"]))).toEqual({ precision: 0, recall: 0 });
    expect(carbMatch(gold, tuple("be", ["Paris", "a city"]))).toEqual({ precision: 1, recall: 1 });
  });

  it("scores zero when the gold has two arguments and the system tuple one", () => {
    expect(carbMatch(tuple("rose", ["prices", "in Paris"]), tuple("rose", ["prices"]))).toEqual({
      precision: 0,
      recall: 0,
    });
  });

  it("joins all arguments after arg1 on both sides", () => {
    const gold = tuple("rose", ["prices", "in 1990", "in Paris"]);
    expect(carbMatch(gold, tuple("rose", ["prices", "in Paris in 1990"]))).toEqual({
      precision: 1,
      recall: 1,
    });
  });

  it("lets said-type relations match with the arguments swapped", () => {
    const gold = tuple("said", ["The spokesman", "prices rose"]);
    const swapped = tuple("said", ["prices rose", "The spokesman"]);
    expect(carbMatch(gold, swapped)).toEqual({ precision: 1, recall: 1 });
    const notSaid = tuple("announced", ["The spokesman", "prices rose"]);
    expect(carbMatch(notSaid, tuple("announced", ["prices rose", "The spokesman"]))).toEqual({
      precision: 1 / 5,
      recall: 1 / 5,
    });
  });
});

describe("CaRB readers", () => {
  it("drops gold arguments marked C: (the context of reported speech)", () => {
    const [g] = carbReadGold(`${SENTENCE}\trose\tprices\tin Paris\tC: The spokesman said\n`);
    expect(g).toEqual(tuple("rose", ["prices", "in Paris"]));
  });

  it("reads the tabbed system format and rejects a line without a numeric confidence", () => {
    expect(carbReadTabbed(`${SENTENCE}\t0.5\trose\tprices\n`)).toEqual([tuple("rose", ["prices"], 0.5)]);
    expect(() => carbReadTabbed(`${SENTENCE}\tx\trose\tprices\n`)).toThrow(/carb: line 1/);
  });

  it("reads OpenIE-5 lines, skipping those without a second argument and prefixing a context", () => {
    const line = (context: string, arg2: string): string =>
      `0.8\t${context}\tSimpleArgument(prices,List([0, 6)))\tRelation(rose,List([7, 11)))\t${arg2}\t${SENTENCE}`;
    const text = [
      line("", "SimpleArgument(in Paris,List([12, 20))); TemporalArgument(in 1990,List([21, 28)))"),
      line("", ""),
      line("Context(The spokesman said,List([0, 18)))", "SimpleArgument(in Paris,List([12, 20)))"),
    ].join("\n");
    expect(carbReadOpenie5(text)).toEqual([
      tuple("rose", ["prices", "in Paris", "in 1990"], 0.8),
      tuple("rose", ["The spokesman said prices", "in Paris"], 0.8),
    ]);
  });
});

describe("carbScore", () => {
  const gold = [tuple("rose", ["prices", "in Paris"])];

  it("matches greedily one-to-one: a duplicate extraction earns no precision", () => {
    const result = carbScore(gold, [
      tuple("rose", ["prices", "in Paris"], 0.9),
      tuple("rose", ["prices", "in Paris"], 0.9),
    ]);
    expect(result.precision).toBe(0.5);
    expect(result.recall).toBe(1);
    expect(result.f1).toBeCloseTo(2 / 3);
  });

  it("takes the best F1 over thresholds and ignores sentences without gold except as thresholds", () => {
    const result = carbScore(gold, [
      tuple("rose", ["prices", "in Paris"], 0.9),
      tuple("fell", ["wages", "in Rome"], 0.5),
      tuple("rose", ["prices"], 0.7, "Another sentence ."),
    ]);
    expect(result.curve.map((p) => [p.threshold, p.precision, p.recall])).toEqual([
      [0.5, 0.5, 1],
      [0.7, 1, 1],
      [0.9, 1, 1],
    ]);
    expect(result).toEqual(expect.objectContaining({ f1: 1, precision: 1, recall: 1, threshold: 0.7 }));
    expect(result.auc).toBe(1);
  });

  it("measures the area by trapezoids over recall with the point (0, 1) added", () => {
    const curve = [
      { threshold: 0.5, precision: 0.5, recall: 1 },
      { threshold: 0.9, precision: 1, recall: 0.5 },
    ];
    expect(carbAuc(curve)).toBeCloseTo(0.5 * 1 + (0.5 * (1 + 0.5)) / 2);
  });
});
