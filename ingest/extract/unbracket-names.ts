import type { Sentence } from "../nlp/types";

/** "FBC", "MONI.MI", "SKBS ST": capitals and digits, one or two short parts. */
const stockSymbol = /^[\p{Lu}\d.]{1,8}(?: [\p{Lu}\d.]{1,5})?$/u;

/**
 * Reuters marks unlisted companies with angle brackets: "to buy <New Jersey Zinc Exploration Co>'s
 * interest". The tagger and parser, trained on text without them, read the brackets as words ("Co >'s"
 * became the possessive of ">"). Brackets around a name become spaces, so every offset stays where it was;
 * a stock symbol ("<FBC>", "<MONI.MI>") keeps its brackets, which mark it as a symbol for the mention finder.
 */
export function unbracketNames(text: string): string {
  return text.replace(/<(\p{Lu}[^<>=/\n]{0,80})>/gu, (whole, inner: string) =>
    stockSymbol.test(inner) ? whole : ` ${inner} `,
  );
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
