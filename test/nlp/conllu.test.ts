import { readFileSync } from "node:fs";
import { join } from "node:path";

import { conlluWords, fillConlluWords, readConllu, writeConllu } from "../../ingest/nlp/conllu";

const fixture = readFileSync(join(__dirname, "../fixtures/nlp/sample.conllu"), "utf8");

describe("CoNLL-U", () => {
  it("reads and writes a file back line for line, multiword tokens and empty nodes included", () => {
    const sentences = readConllu(fixture);
    expect(sentences).toHaveLength(2);
    expect(writeConllu(sentences)).toBe(fixture + (fixture.endsWith("\n\n") ? "" : "\n"));
  });

  it("gives the word lines only, with numeric ids and heads", () => {
    const words = conlluWords(readConllu(fixture)[0]!);
    expect(words.map((w) => w.form)).toEqual([
      "Kyiv",
      "'s",
      "envoy",
      "did",
      "n't",
      "sign",
      "the",
      "deal",
      ".",
    ]);
    expect(words[2]).toMatchObject({ id: 3, head: 6, deprel: "nsubj", upos: "NOUN" });
  });

  it("fills columns of word lines only", () => {
    const filled = fillConlluWords(readConllu(fixture)[1]!, (i) => ({ head: String(i), deprel: "dep" }));
    const lines = writeConllu([filled]).split("\n");
    expect(lines[2]).toBe("1\tTalks\ttalk\tNOUN\tNNS\tNumber=Plur\t0\tdep\t2:nsubj|3.1:nsubj\t_");
    expect(lines[5]).toBe("3.1\t_\t_\t_\t_\t_\t_\t_\t2:conj\tEmpty=Yes");
    expect(lines[6]).toContain("ended\tend\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t3\tdep\t");
  });

  it("rejects a token line without ten columns", () => {
    expect(() => readConllu("1\tword\n")).toThrow(/conllu: line 1 has 2 columns/);
  });
});
