import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { handle } from "../extract/names-as-nouns";
import type { EntitySpan } from "../ner/ner-tag";
import { spanCover, withAddedSpans } from "./with-added-spans";

/** A model or version code: capitals then digits ("IE6", "A380", "G20"). */
const modelCode = /^\p{Lu}{1,4}\d{1,4}$/u;

/**
 * Names the NER, trained on 1990s newswire, has never seen: a hashtag or handle ("She chose the hashtag
 * #IStandWithAhmed", "his @POTUS account") and a model code the tagger calls a proper noun ("IE6 shipped
 * with Windows XP").
 */
export function withUnseenNames(
  s: Pick<AnalyzedSentence, "words" | "upos">,
  spans: EntitySpan[],
): EntitySpan[] {
  const inSpan = spanCover(spans, s.words.length);
  const added: EntitySpan[] = [];
  s.words.forEach((w, i) => {
    if (inSpan[i]) return;
    if (handle.test(w) || (modelCode.test(w) && s.upos[i] === "PROPN"))
      added.push({ start: i, end: i + 1, type: "MISC" });
  });
  return withAddedSpans(spans, added);
}
