import type { NerTag } from "../ner/ner-tag";
import type { Sentence } from "../nlp/types";

const bracketedName = /<(\p{Lu}[^<>=/\n]{0,80})>/gu;
/** "FBC", "MONI.MI", "SKBS ST": capitals and digits, one or two short parts. */
const stockSymbol = /^[\p{Lu}\d.]{1,8}(?: [\p{Lu}\d.]{1,5})?$/u;

/**
 * Reuters marks unlisted companies with angle brackets: "to buy <New Jersey Zinc Exploration Co>'s
 * interest". The tagger and parser, trained on text without them, read the brackets as words ("Co >'s"
 * became the possessive of ">"). Brackets around a name become spaces, so every offset stays where it was;
 * a stock symbol ("<FBC>", "<MONI.MI>") keeps its brackets, which mark it as a symbol for the mention finder.
 */
export function unbracketNames(text: string): string {
  return text.replace(bracketedName, (whole, inner: string) =>
    stockSymbol.test(inner) ? whole : ` ${inner} `,
  );
}

/** Where the names inside the brackets unbracketNames removes are: [start, end) offsets. */
export function bracketedNames(text: string): { start: number; end: number }[] {
  return [...text.matchAll(bracketedName)]
    .filter((m) => !stockSymbol.test(m[1]!))
    .map((m) => ({ start: m.index + 1, end: m.index + m[0].length - 1 }));
}

/**
 * A bracketed name is an organisation, whatever the NER made of it ("<Systems 4 Inc>": the NER, which saw
 * the brackets in no training text, found only "Inc"): its words get B-ORG, I-ORG.
 */
export function withBracketedNames(
  sentence: Sentence,
  tags: readonly NerTag[],
  names: readonly { start: number; end: number }[],
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
