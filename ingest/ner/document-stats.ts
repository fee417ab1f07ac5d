import { normalizeWord } from "./normalize-word";

/** How each lowercased word is written across a document, for the document-level features. */
export interface DocumentStats {
  /** lowercased word → bit 1: capitalised in a reliable position; bit 2: written in lower case. */
  casing: Map<string, number>;
}

export const CAP_ELSEWHERE = 1;
export const LOWER_ELSEWHERE = 2;

/** True when a sentence is an all-caps headline or dateline: no lower-case letters but some upper-case ones. */
export function isAllCapsSentence(words: readonly string[]): boolean {
  let upper = 0;
  for (const w of words) {
    if (/[a-z]/.test(w)) return false;
    if (/[A-Z]/.test(w)) upper++;
  }
  return upper > 0;
}

/**
 * Statistics over all sentences of a document. "Reliable" capitalisation means not sentence-initial and not in
 * an all-caps sentence: there a capital letter says the writer meant a name.
 */
export function documentStats(sentences: readonly (readonly string[])[]): DocumentStats {
  const casing = new Map<string, number>();
  for (const words of sentences) {
    if (isAllCapsSentence(words)) continue;
    words.forEach((raw, i) => {
      const w = normalizeWord(raw);
      const first = w.charCodeAt(0);
      const lower = w.toLowerCase();
      if (first >= 65 && first <= 90 && i > 0 && words[i - 1] !== '"' && /[a-z]/.test(w)) {
        casing.set(lower, (casing.get(lower) ?? 0) | CAP_ELSEWHERE);
      } else if (first >= 97 && first <= 122) {
        casing.set(lower, (casing.get(lower) ?? 0) | LOWER_ELSEWHERE);
      }
    });
  }
  return { casing };
}
