import { conlluWords, fillConlluWords, type ConlluSentence } from "./conllu";
import type { DependencyParser } from "./dependency-parser";
import type { PosTagger } from "./pos-tagger";

export interface ConlluAnnotators {
  tagger: PosTagger;
  parser: DependencyParser;
}

/** Fills LEMMA, UPOS, XPOS, HEAD and DEPREL of every word line from the gold tokenization. */
export function annotateConllu(
  sentence: ConlluSentence,
  { tagger, parser }: ConlluAnnotators,
): ConlluSentence {
  const words = conlluWords(sentence).map((w) => w.form);
  if (words.length === 0) return sentence;
  const tags = tagger.tag(words);
  const arcs = parser.parse(words, tags);
  return fillConlluWords(sentence, (i) => ({
    lemma: tags[i]!.lemma,
    upos: tags[i]!.upos,
    xpos: tags[i]!.xpos,
    head: String(arcs[i]!.head),
    deprel: arcs[i]!.deprel,
  }));
}
