import type { Arc, TaggedWord } from "../nlp/types";
import type { OpenieSentence } from "./openie-sentence";

/** The tagger and parser, passed in so the analysis stays free of model loading. */
export interface OpenieModels {
  tag(words: readonly string[]): TaggedWord[];
  parse(words: readonly string[], tags: readonly TaggedWord[]): Arc[];
}

// CaRB text is PTB-tokenized; the models were trained on UD EWT, which writes brackets and quotes plainly.
const PTB_TO_PLAIN: Record<string, string> = {
  "-LRB-": "(",
  "-RRB-": ")",
  "-LSB-": "[",
  "-RSB-": "]",
  "-LCB-": "{",
  "-RCB-": "}",
  "``": '"',
  "''": '"',
};

/** Tags and parses already tokenized words; `words` in the result are the original tokens. */
export function analyzeTokens(words: readonly string[], models: OpenieModels): OpenieSentence {
  const plain = words.map((w) => PTB_TO_PLAIN[w] ?? w);
  const tags = models.tag(plain);
  const arcs = models.parse(plain, tags);
  const heads = arcs.map((a) => a.head - 1);
  const children: number[][] = words.map(() => []);
  heads.forEach((h, i) => {
    if (h >= 0) children[h]?.push(i);
  });
  return {
    words: [...words],
    upos: tags.map((t) => t.upos),
    xpos: tags.map((t) => t.xpos),
    lemmas: tags.map((t) => t.lemma.toLowerCase()),
    heads,
    deprels: arcs.map((a) => a.deprel),
    children,
  };
}
