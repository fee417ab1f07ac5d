import type { NerTag } from "../ner/ner-tag";
import type { Arc, Sentence, TaggedWord, Token, Upos } from "../nlp/types";
import { namesAsNouns } from "./names-as-nouns";
import { modelWords, particleNouns } from "./particle-nouns";

/** One sentence with everything the NLP models say about it; indices are 0-based token positions. */
export interface AnalyzedSentence {
  index: number;
  text: string;
  start: number;
  tokens: Token[];
  words: string[];
  upos: Upos[];
  xpos: string[];
  lemmas: string[];
  /** Head token of each token, -1 for the root. */
  heads: number[];
  /** Full UD relation with subtype, e.g. "nsubj:pass". */
  deprels: string[];
  ner: NerTag[];
  children: number[][];
}

export interface SentenceModels {
  tag(words: readonly string[]): TaggedWord[];
  parse(words: readonly string[], tags: readonly TaggedWord[]): Arc[];
  /** Named-entity tags for every sentence of a document at once: the tagger uses document context. */
  ner(sentences: readonly (readonly string[])[]): NerTag[][];
}

/** What the tagger and parser say about a run of words; the syntactic half of an AnalyzedSentence. */
export type ParsedWords = Pick<
  AnalyzedSentence,
  "upos" | "xpos" | "lemmas" | "heads" | "deprels" | "children"
>;

/** Tags and parses words: UPOS/XPOS, lower-cased lemmas, 0-based heads (-1 root), labels and children. */
export function parseWords(
  words: readonly string[],
  models: Pick<SentenceModels, "tag" | "parse">,
  ner?: readonly NerTag[],
): ParsedWords {
  const seen = modelWords(words);
  const tagged = models.tag(seen);
  const named = ner === undefined ? tagged : namesAsNouns(words, tagged, ner);
  // modelWords returns the words themselves when none is a particle noun: nothing to retag.
  const tags = seen === words ? named : particleNouns(words, named);
  const arcs = models.parse(seen, tags);
  const heads = arcs.map((a) => a.head - 1);
  const children: number[][] = words.map(() => []);
  heads.forEach((h, i) => {
    if (h >= 0) children[h]?.push(i);
  });
  return {
    upos: tags.map((t) => t.upos),
    xpos: tags.map((t) => t.xpos),
    lemmas: tags.map((t) => t.lemma.toLowerCase()),
    heads,
    deprels: arcs.map((a) => a.deprel),
    children,
  };
}

export function analyzeSentence(sentence: Sentence, ner: NerTag[], models: SentenceModels): AnalyzedSentence {
  const words = sentence.tokens.map((t) => t.text);
  return {
    index: sentence.index,
    text: sentence.text,
    start: sentence.start,
    tokens: sentence.tokens,
    words,
    ner,
    ...parseWords(words, models, ner),
  };
}
