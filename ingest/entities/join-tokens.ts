import type { AnalyzedSentence } from "../extract/analyzed-sentence";

/** The span's text as written, from the sentence's own characters (keeps "von der Leyen", "al-Ani"). */
export function joinTokens(s: AnalyzedSentence, start: number, end: number): string {
  const from = s.tokens[start]!.start - s.start;
  const to = s.tokens[end - 1]!.end - s.start;
  return s.text.slice(from, to).replace(/\s+/g, " ");
}
