import { unbracketNames, withBracketedNames, withOriginalText } from "../../ingest/extract/unbracket-names";
import { splitSentences } from "../../ingest/nlp/split-sentences";
import { testExtractor } from "../support/test-extractor";

describe("unbracketNames", () => {
  it("turns the brackets of a name into spaces and keeps a stock symbol's", () => {
    const text = "<Acme Corp> bought <Widget Inc>'s unit. Skanska AB <SKBS ST> and Dart <DARTA> rose.";
    const out = unbracketNames(text).text;
    expect(out).toBe(" Acme Corp  bought  Widget Inc 's unit. Skanska AB <SKBS ST> and Dart <DARTA> rose.");
    expect(out).toHaveLength(text.length);
  });

  it("makes the words of a bracketed name an organisation, whatever the NER said", () => {
    const text = "Hogan Systems Inc acquired <Systems 4 Inc> of Durango <HSI>.";
    const { text: unbracketed, names } = unbracketNames(text);
    expect(names.map((n) => text.slice(n.start, n.end))).toEqual(["Systems 4 Inc"]);
    const [sentence] = splitSentences(unbracketed);
    const tags = withBracketedNames(
      sentence!,
      sentence!.tokens.map(() => "O"),
      names,
    );
    expect(tags.slice(4, 7)).toEqual(["B-ORG", "I-ORG", "I-ORG"]);
    expect(tags.filter((t) => t !== "O")).toHaveLength(3);
  });

  it("gives a sentence its original text back, brackets at its edges included", () => {
    const text = "Prices rose. <Kiena Gold Mines Ltd> said it planned a split.";
    const unbracketed = unbracketNames(text).text;
    const [, second] = splitSentences(unbracketed).map((s) => withOriginalText(s, text, unbracketed));
    expect(second!.text).toBe("<Kiena Gold Mines Ltd> said it planned a split.");
    expect(text.slice(second!.start, second!.end)).toBe(second!.text);
  });

  it("lets the parser read a bracketed possessor, and quotes the sentence as written", () => {
    const text =
      "<Harbour Gold Mines Ltd> said it rejected <Delta Zinc Exploration Co>'s offer for its 20 pct interest in the mine.";
    const triples = testExtractor().extract({ text }).triples;
    const rejected = triples.find((t) => t.object.name === "Delta Zinc Exploration Co");
    expect(rejected?.predicate).toBe("REJECTED");
    expect(rejected?.subject.name).toBe("Harbour Gold Mines Ltd");
    expect(rejected?.sentence).toBe(text);
  });
});
