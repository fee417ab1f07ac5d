import { readFileSync } from "node:fs";

import { conlluWords, readConllu } from "../../ingest/nlp/conllu";

/** One treebank sentence, word lines only. */
export interface TreebankSentence {
  words: string[];
  upos: string[];
  xpos: string[];
  lemmas: string[];
  heads: number[];
  deprels: string[];
}

export const UD_DIR = "../shared/data/ud-ewt";

export function readTreebank(path: string): TreebankSentence[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new Error(`ud: cannot read ${path}`);
  }
  return readConllu(text).map((s) => {
    const words = conlluWords(s);
    return {
      words: words.map((w) => w.form),
      upos: words.map((w) => w.upos),
      xpos: words.map((w) => w.xpos),
      lemmas: words.map((w) => w.lemma),
      heads: words.map((w) => w.head),
      deprels: words.map((w) => w.deprel),
    };
  });
}
