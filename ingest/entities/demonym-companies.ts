import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import type { EntitySpan } from "../ner/ner-tag";
import { companySuffix } from "./company-suffix";
import type { Knowledge } from "./knowledge";

/**
 * "Canadian Pacific Ltd", "Swiss Bank Corp", "Australian Consolidated Minerals Ltd": a demonym right before
 * a name that ends in a company's legal form is the first word of that name, though the NER tags it
 * apart (or the rest as a place: "Pacific Ltd"). News puts a company's nationality before its name as a
 * possessive ("Japan's Fujitsu Ltd") or with a noun ("the French group Thomson SA"), not as a bare adjective.
 */
export function withDemonymCompanies(
  s: Pick<AnalyzedSentence, "words">,
  spans: EntitySpan[],
  knowledge: Knowledge,
): EntitySpan[] {
  let changed = false;
  const out: EntitySpan[] = [];
  for (const span of spans) {
    const demonym = companySuffix.test(s.words[span.end - 1] ?? "")
      ? demonymBefore(s, span.start, knowledge)
      : 0;
    const previous = out[out.length - 1];
    const start = span.start - demonym;
    if (demonym === 0 || (previous && previous.end > start && previous.start !== start)) {
      out.push(span);
      continue;
    }
    // The demonym the NER tagged alone (MISC) is now the name's first word.
    if (previous && previous.start === start) out.pop();
    out.push({ start, end: span.end, type: "ORG" });
    changed = true;
  }
  return changed ? out : spans;
}

/** How many words before `i` form a demonym ("Canadian", "West German"), 0 when none. */
function demonymBefore(s: Pick<AnalyzedSentence, "words">, i: number, knowledge: Knowledge): number {
  for (const n of [2, 1]) {
    const words = i - n < 0 ? [] : s.words.slice(i - n, i);
    if (words.length === 0 || !words.every((w) => /^\p{Lu}/u.test(w))) continue;
    if (knowledge.country(words.join(" "))?.matchedAs === "demonym") return n;
  }
  return 0;
}
