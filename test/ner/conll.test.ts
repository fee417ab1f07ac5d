import { readConll, writeConllWithTags } from "../../ingest/ner/conll";

describe("CoNLL reading and writing", () => {
  const text = "-DOCSTART- -X- -X- O\n\nAnna NNP I-NP I-PER\nsang VBD I-VP O\n\nOslo NNP I-NP I-LOC\n";

  it("reads sentences, gold tags and documents", () => {
    const doc = readConll(text);
    expect(doc.sentences.map((s) => s.words)).toEqual([["Anna", "sang"], ["Oslo"]]);
    expect(doc.sentences[0]!.gold).toEqual(["I-PER", "O"]);
    expect(doc.sentences[0]!.document).toBe(1);
  });

  it("writes every line back with one more column on token lines only", () => {
    const doc = readConll(text);
    const out = writeConllWithTags(doc, [["B-PER", "O"], ["B-LOC"]]);
    expect(out).toBe(
      "-DOCSTART- -X- -X- O\n\nAnna NNP I-NP I-PER B-PER\nsang VBD I-VP O O\n\nOslo NNP I-NP I-LOC B-LOC\n",
    );
  });

  it("refuses a tag list of the wrong length", () => {
    expect(() => writeConllWithTags(readConll(text), [["O"], ["O"]])).toThrow(/ner:/);
  });
});
