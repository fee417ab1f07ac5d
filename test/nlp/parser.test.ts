import { readFileSync } from "node:fs";
import { join } from "node:path";

import { parseConlluText, readConlluFile } from "../../cli/commands/parse-command";
import { readConllu, conlluWords } from "../../ingest/nlp/conllu";
import { loadDependencyParser, type DependencyParser } from "../../ingest/nlp/dependency-parser";
import { arcTagFeatures, labelerFeatures, treeView } from "../../ingest/nlp/labeler-features";
import { parserFeatures } from "../../ingest/nlp/parser-features";
import { LEFT, ParserState, RIGHT, SHIFT, type Transition } from "../../ingest/nlp/parser-state";
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

  it("gives the heads of scoring every feature afresh at every step (its score caches change nothing)", () => {
    const texts = [
      "Zelenskiy held a phone call with Trump.",
      "The company, which was founded in 1998, said it would cut 2,000 jobs and close three plants in Ohio.",
      "Prices rose 3.5 % in May, the fastest pace since 2008, as energy costs soared after the war began.",
      "Talks resumed and ended.",
    ];
    const model = parser["transitions"];
    for (const text of texts) {
      const words = tokenize(text).map((t) => t.text);
      const sent = parser.encode(words, tagger.tag(words));
      const n = words.length;
      const state = new ParserState(n);
      const features: number[] = [];
      while (!state.done) {
        let best: Transition | -1 = -1;
        if (state.depth === 1) best = SHIFT;
        else if (state.front > n) best = RIGHT;
        else {
          const scores = new Float64Array(3);
          parserFeatures(state, sent, features);
          model.score(features, features.length, scores);
          for (const t of [SHIFT, LEFT, RIGHT] as Transition[])
            if (state.canApply(t) && (best === -1 || scores[t]! > scores[best]!)) best = t;
        }
        state.apply(best as Transition);
      }
      expect([...parser.attach(sent)]).toEqual([...state.heads]);
    }
  });

  it("labels as scoring every labeler feature afresh does (the cached tag scores change nothing)", () => {
    const texts = [
      "The company, which was founded in 1998, said it would cut 2,000 jobs and close three plants in Ohio.",
      "Russia’s offer was rejected by Ukraine on Tuesday, officials in Kyiv said.",
      "Prices rose 3.5 % in May, the fastest pace since 2008, as energy costs soared after the war began.",
    ];
    const labeler = parser["labeler"];
    // Twice over: the second time every tag combination comes from the cache.
    for (const text of [...texts, ...texts]) {
      const words = tokenize(text).map((t) => t.text);
      const sent = parser.encode(words, tagger.tag(words));
      const heads = parser.attach(sent);
      const tree = treeView(heads);
      const expected = new Array<number>(heads.length).fill(0);
      const queue = [...tree.children[0]!];
      const features: number[] = [];
      for (let q = 0; q < queue.length; q++) {
        const d = queue[q]!;
        queue.push(...tree.children[d]!);
        if (heads[d] === 0) expected[d] = parser.rootLabel + 1;
        else if (sent.upos[d] === parser.punctUpos) expected[d] = parser.punctLabel + 1;
        else {
          const scores = new Float64Array(parser.labels.length);
          labelerFeatures(sent, tree, d, expected, features);
          labeler.score(features, features.length, scores);
          let best = parser.rootLabel === 0 ? 1 : 0;
          for (let c = 0; c < scores.length; c++)
            if (c !== parser.rootLabel && scores[c]! > scores[best]!) best = c;
          expected[d] = best + 1;
        }
      }
      expect(parser.label(sent, heads)).toEqual(expected.slice(1));
    }
  });

  it("caches the arc-tag scores per tag combination and direction", () => {
    const words = tokenize("Officials said the bank said it would raise rates and cut costs.").map(
      (t) => t.text,
    );
    const sent = parser.encode(words, tagger.tag(words));
    const labeler = parser["labeler"];
    const features: number[] = [];
    for (let round = 0; round < 2; round++) {
      for (let d = 1; d <= words.length; d++) {
        for (let h = 1; h <= words.length; h++) {
          if (h === d) continue;
          const fresh = new Float64Array(parser.labels.length);
          features.length = 0;
          arcTagFeatures(sent.tags[d]!, sent.upos[d]!, sent.tags[h]!, sent.upos[h]!, d < h ? 1 : 2, features);
          labeler.score(features, features.length, fresh);
          expect([...parser["arcTagScores"](sent, d, h)]).toEqual([...fresh]);
        }
      }
    }
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
