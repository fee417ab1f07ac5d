import { readFileSync } from "node:fs";
import { join } from "node:path";
import { corefScore } from "../../scripts/coref/coref-metrics";
import { corefSettings } from "../../scripts/coref/coref-settings";
import { evaluateCoref } from "../../scripts/coref/evaluate-coref";
import { formatCorefReport } from "../../scripts/coref/format-coref-report";
import { describeCorefErrors } from "../../scripts/coref/describe-coref-errors";
import { readGumEntities } from "../../scripts/coref/read-gum-entities";
import { type CorefSetting, scoreDocument, type SystemMention } from "../../scripts/coref/score-document";

const fixture = readFileSync(join(__dirname, "..", "fixtures", "coref", "three-people.conllu"), "utf8");
const doc = readGumEntities(fixture)[0]!;

/** A system mention at the n-th occurrence of `text`. */
function at(
  text: string,
  type: SystemMention["type"],
  kind: SystemMention["kind"],
  entityId?: string,
  nth = 0,
) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = doc.text.indexOf(text, start + 1);
  if (start < 0) throw new Error(`fixture has no ${text}`);
  return { start, end: start + text.length, text, type, kind, entityId };
}

const system: SystemMention[] = [
  at("Ana Silva", "PERSON", "name", "person:ana-silva"),
  at("Lisbon", "PLACE", "name", "place:lisbon"),
  at("The Portuguese leader", "PERSON", "description", "person:ana-silva"),
  at("Portuguese", "PLACE", "demonym", "place:portugal"),
  at("She", "PERSON", "pronoun", "person:ana-silva"),
  // A wrong merge: the mayor resolved to Silva.
  at("mayor", "PERSON", "description", "person:ana-silva"),
  at("Lisbon", "PLACE", "name", "place:lisbon", 1),
  at("He", "PERSON", "pronoun", undefined),
];

const headline: CorefSetting = corefSettings[0]!.setting;

describe("scoreDocument", () => {
  it("head match: names inside a titled mention and bare heads of descriptions align; ADJ demonyms are out of scope", () => {
    const s = scoreDocument(doc, system, headline);
    expect(s.key.map((c) => c.length).sort()).toEqual([2, 2]); // the lone mayor is a singleton, dropped
    expect(s.detection).toEqual({ gold: 4, system: 5, matched: 4 });
    const score = corefScore(s.counts);
    // MUC: recall 2/2; precision: {Silva, leader, mayor} has 3 − 2 parts, {Lisbon, Lisbon} 1: 2/3.
    expect(score.muc.recall).toBeCloseTo(1, 10);
    expect(score.muc.precision).toBeCloseTo(2 / 3, 10);
    // B³ precision: (2²/3 + 2²/2) / 5 = 2/3; CEAF-e: (0.8 + 1) / 2 both ways.
    expect(score.b3.precision).toBeCloseTo(2 / 3, 10);
    expect(score.b3.recall).toBeCloseTo(1, 10);
    expect(score.ceafe.f1).toBeCloseTo(0.9, 10);
  });

  it("exact spans: 'Ana Silva' and 'mayor' become twinless", () => {
    const s = scoreDocument(doc, system, { ...headline, match: "exact" });
    expect(s.detection).toEqual({ gold: 4, system: 5, matched: 3 });
    const m = s.counts.muc;
    expect([m.recallNum, m.recallDen, m.precisionNum, m.precisionDen]).toEqual([1, 2, 1, 3]);
  });

  it("keeps singletons when asked, and pronouns only in the pronoun setting", () => {
    const withSingletons = scoreDocument(doc, system, { ...headline, singletons: true });
    expect(withSingletons.detection.gold).toBe(5);
    const pronouns = scoreDocument(doc, system, {
      ...headline,
      categories: ["named", "nominal", "pronominal"],
    });
    // Unresolved "He" is not a response mention; "mayor" now meets a gold entity of two mentions.
    expect(pronouns.detection).toEqual({ gold: 8, system: 6, matched: 6 });
  });

  it("drops system mentions of other types and without an entity", () => {
    const s = scoreDocument(doc, [at("Lisbon", "EVENT", "name", "event:x"), at("She", "PERSON", "pronoun")], {
      ...headline,
      categories: ["named", "nominal", "pronominal"],
    });
    expect(s.detection.system).toBe(0);
  });
});

describe("evaluateCoref and its report", () => {
  it("adds documents up and prints one line per setting and per document", () => {
    const results = evaluateCoref(
      [
        { doc, system },
        { doc, system },
      ],
      corefSettings,
    );
    expect(results).toHaveLength(corefSettings.length);
    expect(results[0]!.detection).toEqual({ gold: 8, system: 10, matched: 8 });
    const single = scoreDocument(doc, system, headline);
    expect(corefScore(results[0]!.counts).conll).toBeCloseTo(corefScore(single.counts).conll, 10);
    const report = formatCorefReport(results);
    expect(report).toContain("named+nominal, head match, no singletons (headline)");
    expect(report.split("\n").filter((l) => l.startsWith("fixture_doc (4/5)"))).toHaveLength(2);
  });

  it("describes the wrong merge and the twinless mention", () => {
    const lines = describeCorefErrors(doc, scoreDocument(doc, system, headline), system).join("\n");
    expect(lines).toContain("system person:ana-silva joins gold 1, none");
    expect(lines).toContain(
      '"mayor" -> unscored gold person/nominal "the mayor of Lisbon" (out of scope or singleton)',
    );
  });
});
