import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { handle } from "../extract/names-as-nouns";
import type { EntitySpan } from "../ner/ner-tag";
import { spanCover, withAddedSpans } from "./with-added-spans";

/** A model or version code: capitals then digits ("IE6", "A380", "G20"). */
const modelCode = /^\p{Lu}{1,4}\d{1,4}$/u;

/** "M3 grew 5 pct": one letter and a digit is as often a money supply measure as a model. */
const aggregate = /^\p{Lu}\d$/u;

/**
 * A word of letters with a capital right after a small letter, which no common word has: "CoFACE", "NatWest",
 * "eBay" (garbled wire text with symbols in it is no name).
 */
const innerCapital = /^(?=\p{L}+$).*\p{Ll}\p{Lu}/u;

/**
 * Names the NER, trained on 1990s newswire, has never seen: a hashtag or handle ("She chose the hashtag
 * #IStandWithAhmed", "his @POTUS account"), a model code the tagger calls a proper noun, or a common noun
 * when it opens the sentence ("IE6 shipped with Windows XP"; "The A320 made its first flight" stays a noun:
 * read as a name there, it drew more wrong triples than right ones in Reuters), and a word with a capital
 * inside that the tagger took for a common word ("CoFACE suspended its cover" had it a noun, which no rule
 * reads as a name); one it calls a proper noun is left to the NER ("YouTube", which GUM does not count as an
 * organisation).
 */
export function withUnseenNames(
  s: Pick<AnalyzedSentence, "words" | "upos">,
  spans: EntitySpan[],
): EntitySpan[] {
  const inSpan = spanCover(spans, s.words.length);
  const added: EntitySpan[] = [];
  s.words.forEach((w, i) => {
    if (inSpan[i]) return;
    if (
      handle.test(w) ||
      // The tagger reads a code opening a sentence as a common noun: "IE6 shipped with Windows XP".
      (modelCode.test(w) &&
        (s.upos[i] === "PROPN" || (i === 0 && s.upos[i] === "NOUN" && !aggregate.test(w)))) ||
      (innerCapital.test(w) && s.upos[i] !== "PROPN")
    )
      added.push({ start: i, end: i + 1, type: "MISC" });
  });
  return withAddedSpans(spans, added);
}
