import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { handle } from "../extract/names-as-nouns";
import type { EntitySpan } from "../ner/ner-tag";

/**
 * "She chose the hashtag #IStandWithAhmed", "tweeted using his @POTUS account": a hashtag or handle is a
 * name of its own, which the NER, trained on 1990s newswire, has never seen.
 */
export function withHandleNames(s: Pick<AnalyzedSentence, "words">, spans: EntitySpan[]): EntitySpan[] {
  const added: EntitySpan[] = [];
  s.words.forEach((w, i) => {
    if (handle.test(w) && !spans.some((sp) => sp.start <= i && i < sp.end))
      added.push({ start: i, end: i + 1, type: "MISC" });
  });
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.start - b.start);
}
