import type { NerTag } from "../ner/ner-tag";
import type { Sentence } from "../nlp/types";

const bracketedName = /<(\p{Lu}[^<>=/\n]{0,80})>/gu;
/** "FBC", "MONI.MI", "SKBS ST": capitals and digits, one or two short parts. */
export const stockSymbol = /^[\p{Lu}\d.]{1,8}(?: [\p{Lu}\d.]{1,5})?$/u;

/** The [start, end) offsets of a name that stood in angle brackets. */
export interface BracketedName {
  start: number;
  end: number;
}

/**
 * Reuters marks unlisted companies with angle brackets: "to buy <New Jersey Zinc Exploration Co>'s
 * interest". The tagger and parser, trained on text without them, read the brackets as words ("Co >'s"
 * became the possessive of ">"). Brackets around a name become spaces, so every offset stays where it was,
 * and the names are returned for the NER; a stock symbol ("<FBC>", "<MONI.MI>") keeps its brackets, which
 * mark it as a symbol for the mention finder.
 */
export function unbracketNames(text: string): { text: string; names: BracketedName[] } {
  const names: BracketedName[] = [];
  const out = text.replace(bracketedName, (whole, inner: string, at: number) => {
    if (stockSymbol.test(inner)) return whole;
    names.push({ start: at + 1, end: at + 1 + inner.length });
    return ` ${inner} `;
  });
  return { text: out, names };
}

/**
 * A bracketed name is an organisation, whatever the NER made of it ("<Systems 4 Inc>": the NER, which saw
 * the brackets in no training text, found only "Inc"): its words get B-ORG, I-ORG.
 */
export function withBracketedNames(
  sentence: Sentence,
  tags: readonly NerTag[],
  names: readonly BracketedName[],
): NerTag[] {
  const out = [...tags];
  for (const name of names) {
    if (name.end <= sentence.start || name.start >= sentence.end) continue;
    let first = true;
    sentence.tokens.forEach((t, i) => {
      if (t.start < name.start || t.end > name.end) return;
      out[i] = first ? "B-ORG" : "I-ORG";
      first = false;
    });
  }
  return out;
}

/**
 * A sentence split from the unbracketed text, with the original text for provenance: a bracket that became
 * a space at either edge is part of the sentence again ("<Kiena Gold Mines Ltd> said …").
 */
export function withOriginalText(sentence: Sentence, original: string, unbracketed: string): Sentence {
  const start =
    original[sentence.start - 1] === "<" && unbracketed[sentence.start - 1] === " "
      ? sentence.start - 1
      : sentence.start;
  const end =
    original[sentence.end] === ">" && unbracketed[sentence.end] === " " ? sentence.end + 1 : sentence.end;
  return { ...sentence, start, end, text: original.slice(start, end) };
}
