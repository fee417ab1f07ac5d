import { readFileSync } from "node:fs";
import { join } from "node:path";

import { parseConlluText, readConlluFile } from "../../cli/commands/parse-command";
import { readConllu, conlluWords } from "../../ingest/nlp/conllu";
import { loadDependencyParser, type DependencyParser } from "../../ingest/nlp/dependency-parser";
import { loadPosTagger, type PosTagger } from "../../ingest/nlp/pos-tagger";
import { tokenize } from "../../ingest/nlp/tokenize";

let tagger: PosTagger;
let parser: DependencyParser;

beforeAll(() => {
  tagger = loadPosTagger();
  parser = loadDependencyParser();
});

/** Tokenizes, tags and parses; returns "deprel(head, dependent)" strings by word. */
function analyse(text: string): { words: string[]; upos: string[]; lemmas: string[]; arcs: string[] } {
  const words = tokenize(text).map((t) => t.text);
  const tags = tagger.tag(words);
  const arcs = parser.parse(words, tags);
  return {
    words,
    upos: tags.map((t) => t.upos),
    lemmas: tags.map((t) => t.lemma),
    arcs: arcs.map((a, i) => `${a.deprel}(${a.head === 0 ? "ROOT" : words[a.head - 1]}, ${words[i]})`),
  };
}

describe("dependency parser", () => {
  it("finds subject and object of a news sentence", () => {
    const { arcs } = analyse("Zelenskiy held a phone call with Trump.");
    expect(arcs).toEqual(
      expect.arrayContaining([
        "root(ROOT, held)",
        "nsubj(held, Zelenskiy)",
        "obj(held, call)",
        "compound(call, phone)",
      ]),
    );
    expect(arcs.filter((a) => a.startsWith("root("))).toHaveLength(1);
  });

  it("parses a passive with an agent and a possessive", () => {
    const { arcs } = analyse("Russia’s offer was rejected by Ukraine.");
    expect(arcs).toEqual(
      expect.arrayContaining([
        "nmod:poss(offer, Russia)",
        "case(Russia, ’s)",
        "nsubj:pass(rejected, offer)",
        "aux:pass(rejected, was)",
        "obl:agent(rejected, Ukraine)",
      ]),
    );
  });

  it("returns one arc per word and no arcs for no words", () => {
    expect(parser.parse(["Talks", "ended"], tagger.tag(["Talks", "ended"]))).toHaveLength(2);
    expect(parser.parse([], [])).toEqual([]);
  });
});

describe("parse command core", () => {
  const fixture = join(__dirname, "../fixtures/nlp/sample.conllu");

  it("fills tags, lemmas, heads and relations and keeps every other line", () => {
    const text = readFileSync(fixture, "utf8");
    const output = parseConlluText(text, { tagger, parser });
    const inLines = text.trimEnd().split("\n");
    const outLines = output.trimEnd().split("\n");
    expect(outLines).toHaveLength(inLines.length);
    inLines.forEach((line, i) => {
      if (!/^\d+\t/.test(line)) expect(outLines[i]).toBe(line);
    });
    const words = conlluWords(readConllu(output)[0]!);
    expect(words.find((w) => w.form === "deal")).toMatchObject({ upos: "NOUN", deprel: "obj", head: 6 });
    expect(words.every((w) => w.head >= 0 && w.deprel !== "_")).toBe(true);
  });

  it("gives a one-line reason for a missing, empty or binary file", () => {
    expect(() => readConlluFile(join(__dirname, "no-such-file.conllu"))).toThrow(/no such file/);
    expect(() => readConlluFile(join(__dirname, "../fixtures/nlp/empty.conllu"))).toThrow(/is empty/);
    expect(() => readConlluFile(join(__dirname, "../fixtures/nlp/binary.conllu"))).toThrow(/binary/);
  });
});
