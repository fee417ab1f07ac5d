import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import type { EntitySpan } from "../ner/ner-tag";
import { spanCover, withAddedSpans } from "./with-added-spans";

/** Last words of institutions' names: a run of capitalised proper nouns ending in one is an organisation. */
const institutionHeads = new Set([
  "Project",
  "Committee",
  "Commission",
  "Council",
  "Agency",
  "Authority",
  "Department",
  "Ministry",
  "Office",
  "Fund",
  "Party",
  "Court",
  "Board",
  "Institute",
  "Association",
  "Union",
  "Foundation",
  "Federation",
  "Bureau",
  "Administration",
  "Organisation",
  "Organization",
  "Assembly",
  "Tribunal",
  "University",
  "Society",
  "Coalition",
  "Alliance",
  "Movement",
]);

/**
 * "The government's Flag Consideration Project has planned …": in an article that writes "flag" in lower
 * case everywhere else, the NER's document features talk it out of the name. Two or more capitalised words
 * the tagger calls proper nouns, outside every span and ending in an institution's last word, name an
 * organisation. Not in a headline written in capitals, where every word looks like a name.
 */
export function withInstitutionNames(
  s: Pick<AnalyzedSentence, "words" | "upos">,
  spans: EntitySpan[],
): EntitySpan[] {
  const inSpan = spanCover(spans, s.words.length);
  const letters = s.words.filter((w) => /^\p{L}/u.test(w));
  const capitalised = letters.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (capitalised > letters.length / 2) return spans;
  const added: EntitySpan[] = [];
  let i = 0;
  while (i < s.words.length) {
    let end = i;
    while (
      end < s.words.length &&
      !inSpan[end] &&
      s.upos[end] === "PROPN" &&
      /^\p{Lu}\p{Ll}/u.test(s.words[end]!)
    )
      end++;
    if (end - i >= 2 && institutionHeads.has(s.words[end - 1]!)) added.push({ start: i, end, type: "ORG" });
    i = Math.max(end, i + 1);
  }
  return withAddedSpans(spans, added);
}
