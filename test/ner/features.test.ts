import { bilouToIob2, labelName, spansToBilou } from "../../ingest/ner/bilou-labels";
import {
  FIRST_OF_RUN,
  LAST_OF_RUN,
  LOWER_ELSEWHERE,
  documentStats,
  isAllCapsSentence,
} from "../../ingest/ner/document-stats";
import { normalizeWord } from "../../ingest/ner/normalize-word";
import { addPhrase, createPhraseGazetteer, matchPhrases } from "../../ingest/ner/phrase-gazetteer";
import { viterbiDecode } from "../../ingest/ner/viterbi-decode";
import { LABEL_COUNT, allowedTransitions, canEnd, labelOf } from "../../ingest/ner/bilou-labels";

describe("BILOU labels", () => {
  it("encodes spans and decodes them to IOB2", () => {
    const labels = spansToBilou(
      [
        { start: 0, end: 3, type: "PER" },
        { start: 4, end: 5, type: "LOC" },
      ],
      5,
    );
    expect(Array.from(labels, labelName)).toEqual(["B-PER", "I-PER", "L-PER", "O", "U-LOC"]);
    expect(bilouToIob2(labels)).toEqual(["B-PER", "I-PER", "I-PER", "O", "B-LOC"]);
  });

  it("lets Viterbi produce only well-formed BILOU sequences", () => {
    // One feature per token whose weights favour B-ORG on both tokens: B-ORG B-ORG is not allowed.
    const emission = new Float32Array(LABEL_COUNT);
    emission[labelOf("B", "ORG")] = 5;
    emission[labelOf("L", "ORG")] = 1;
    const final = new Uint8Array(LABEL_COUNT).map((_, y) => (canEnd(y) ? 1 : 0));
    const weights = {
      labelCount: LABEL_COUNT,
      emission,
      transition: new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT),
      allowed: allowedTransitions(),
      final,
    };
    const out = viterbiDecode(weights, { ids: Int32Array.from([0, 0]), offsets: Int32Array.from([0, 1, 2]) });
    expect(Array.from(out, labelName)).toEqual(["B-ORG", "L-ORG"]);
  });
});

describe("word normalisation and document statistics", () => {
  it("maps typographic quotes, dashes and digits to CoNLL-like forms", () => {
    expect(normalizeWord("’s")).toBe("'s");
    expect(normalizeWord("“")).toBe('"');
    expect(normalizeWord("1996-08-22")).toBe("0000-00-00");
    expect(normalizeWord("—")).toBe("-");
  });

  it("recognises all-caps headlines", () => {
    expect(isAllCapsSentence(["RUSSIA", "SAYS", "2-1"])).toBe(true);
    expect(isAllCapsSentence(["Russia", "says"])).toBe(false);
  });

  it("records runs of capitalised words and lower-case uses", () => {
    const stats = documentStats([
      ["President", "Volodymyr", "Zelenskiy", "spoke", "."],
      ["A", "march", "began", "."],
    ]);
    expect((stats.casing.get("zelenskiy") ?? 0) & LAST_OF_RUN).toBeTruthy();
    expect((stats.casing.get("president") ?? 0) & FIRST_OF_RUN).toBeTruthy();
    expect((stats.casing.get("march") ?? 0) & LOWER_ELSEWHERE).toBeTruthy();
  });
});

describe("phrase gazetteer", () => {
  it("finds overlapping multi-word matches, upper-cased in headlines", () => {
    const gaz = createPhraseGazetteer();
    addPhrase(gaz, ["New", "York"], "city");
    addPhrase(gaz, ["New", "York", "Times"], "org");
    expect(matchPhrases(gaz, ["The", "New", "York", "Times", "said"], false)).toEqual([
      { start: 1, end: 3, label: "city" },
      { start: 1, end: 4, label: "org" },
    ]);
    expect(matchPhrases(gaz, ["NEW", "YORK", "RALLY"], true)).toEqual([{ start: 0, end: 2, label: "city" }]);
    expect(matchPhrases(gaz, ["new", "york"], false)).toEqual([]);
  });
});
