import { normalizeWord } from "./normalize-word";

/** How each lowercased word is written across a document, for the document-level features. */
export interface DocumentStats {
  /** lowercased word → CAP_ELSEWHERE | LOWER_ELSEWHERE | LAST_OF_RUN | FIRST_OF_RUN bits. */
  casing: Map<string, number>;
}

export const CAP_ELSEWHERE = 1;
export const LOWER_ELSEWHERE = 2;
/** The word ends a run of two or more capitalised words somewhere in the document ("… Volodymyr Zelenskiy"). */
export const LAST_OF_RUN = 4;
/** The word starts such a run ("Volodymyr …"). */
export const FIRST_OF_RUN = 8;

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
  const mark = (lower: string, bit: number): void => {
    casing.set(lower, (casing.get(lower) ?? 0) | bit);
  };
  for (const raw of sentences) {
    if (isAllCapsSentence(raw)) continue;
    const words = raw.map(normalizeWord);
    let runStart = -1;
    const closeRun = (end: number): void => {
      if (runStart >= 0 && end - runStart >= 2) {
        mark(words[runStart]!.toLowerCase(), FIRST_OF_RUN);
        mark(words[end - 1]!.toLowerCase(), LAST_OF_RUN);
      }
      runStart = -1;
    };
    words.forEach((w, i) => {
      const first = w.charCodeAt(0);
      const lower = w.toLowerCase();
      const capitalised = first >= 65 && first <= 90 && /[a-z]/.test(w);
      if (capitalised && i > 0 && words[i - 1] !== '"') mark(lower, CAP_ELSEWHERE);
      else if (first >= 97 && first <= 122) mark(lower, LOWER_ELSEWHERE);
      if (capitalised) {
        if (runStart < 0) runStart = i;
      } else closeRun(i);
    });
    closeRun(words.length);
  }
  return { casing };
}
