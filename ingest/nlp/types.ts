/** Shapes shared by the tokenizer, tagger and parser. Offsets are UTF-16 indices into the source text. */

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Sentence {
  /** 0-based position of the sentence in its document. */
  index: number;
  text: string;
  start: number;
  end: number;
  tokens: Token[];
}

/** Universal POS tags (UD v2). */
export type Upos =
  | "ADJ"
  | "ADP"
  | "ADV"
  | "AUX"
  | "CCONJ"
  | "DET"
  | "INTJ"
  | "NOUN"
  | "NUM"
  | "PART"
  | "PRON"
  | "PROPN"
  | "PUNCT"
  | "SCONJ"
  | "SYM"
  | "VERB"
  | "X";

export interface TaggedWord {
  upos: Upos;
  xpos: string;
  lemma: string;
}

/** One dependency arc per word; `head` is 1-based as in CoNLL-U, 0 for the root. */
export interface Arc {
  head: number;
  deprel: string;
}
