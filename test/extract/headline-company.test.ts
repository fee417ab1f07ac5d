import { headlineCompany, withHeadlineCompany } from "../../ingest/extract/headline-company";
import type { NerTag } from "../../ingest/ner/ner-tag";
import { splitSentences } from "../../ingest/nlp/split-sentences";
import { testExtractor } from "../support/test-extractor";

/** The sentence's words with the tags the headline's company gives them (the NER having found nothing). */
function tagged(text: string, company: string[] | undefined): string[] {
  const [sentence] = splitSentences(text);
  const tags: NerTag[] = sentence!.tokens.map(() => "O");
  const out = withHeadlineCompany(sentence!, tags, company);
  return sentence!.tokens.map((t, i) => `${t.text}/${out[i]}`).filter((w) => !w.endsWith("/O"));
}

describe("headlineCompany", () => {
  it("reads the company a headline names by its stock symbol", () => {
    expect(headlineCompany("GENERAL ELECTRIC <GE> NEW JET ENGINE TESTED", [])).toEqual([
      "GENERAL",
      "ELECTRIC",
    ]);
    expect(headlineCompany("SEARS, ROEBUCK <S> MARCH RETAIL SALES UP", [])).toEqual([
      "SEARS",
      ",",
      "ROEBUCK",
    ]);
  });

  it("leaves a one-word company the article also writes in lower case to the NER", () => {
    const headline = "MAY <MA> SALES RISE";
    expect(headlineCompany(headline, splitSentences("May said sales rose."))).toEqual(["MAY"]);
    expect(headlineCompany(headline, splitSentences("May said sales may rise."))).toBeUndefined();
  });

  it("reads nothing from a headline without a symbol, or with the symbol first", () => {
    expect(headlineCompany("OPEC MEETS IN VIENNA", [])).toBeUndefined();
    expect(headlineCompany("<GE> SAYS ENGINE TESTED", [])).toBeUndefined();
    expect(headlineCompany(null, [])).toBeUndefined();
  });
});

describe("withHeadlineCompany", () => {
  it("makes a capitalised occurrence of the company an organisation", () => {
    expect(tagged("In addition, High Voltage contributed 814 shares.", ["HIGH", "VOLTAGE"])).toEqual([
      "High/B-ORG",
      "Voltage/I-ORG",
    ]);
  });

  it("leaves lower-case words and longer names alone", () => {
    expect(tagged("Prices were high, and voltage rose.", ["HIGH", "VOLTAGE"])).toEqual([]);
    expect(tagged("Davis Water and Waste Industries Inc said it rose.", ["DAVIS", "WATER"])).toEqual([]);
    expect(tagged("Harper and Row said it rose.", ["HARPER"])).toEqual([]);
    expect(tagged("Jones and Vining said it rose.", ["JONES", "AND", "VINING"])).toEqual([
      "Jones/B-ORG",
      "and/I-ORG",
      "Vining/I-ORG",
    ]);
  });

  it("takes in a legal form right after the headline's name", () => {
    expect(tagged("Production will start soon, M/A-Com Inc said.", ["M/A", "-", "COM"])).toEqual([
      "M/A/B-ORG",
      "-/I-ORG",
      "Com/I-ORG",
      "Inc/I-ORG",
    ]);
  });

  it("keeps a sentence-initial company's name whole where the NER cut it", () => {
    const title = "GENERAL ELECTRIC <GE> NEW JET ENGINE TESTED";
    const text =
      "General Electric said its unducted fan jet engine lived up to expectations in recently completed tests on a Boeing Co <BA> 727 airplane.";
    const stated = testExtractor()
      .extract({ title, text })
      .triples.filter((t) => t.predicate === "STATED");
    expect(stated.map((t) => t.subject.name)).toEqual(["General Electric"]);
  });

  it("names the company where the NER kept only the name's last word", () => {
    const title = "HIGH VOLTAGE <HVE> ADOPTS STOCK OWNERSHIP PLAN";
    const text =
      "High Voltage Engineering Corp said it adopted an employee stock ownership plan. " +
      "In addition, High Voltage contributed 814 shares to the plan.";
    const contributed = testExtractor()
      .extract({ title, text })
      .triples.find((t) => t.predicate === "CONTRIBUTED");
    expect(contributed?.subject.name).toBe("High Voltage Engineering Corp");
  });
});
