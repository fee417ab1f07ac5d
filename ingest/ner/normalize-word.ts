/** Every character some replacement below reads (`''` and ``` `` ``` are made of them). */
const REWRITTEN = /[’‘`´“”«»„'–—0-9]/;

/**
 * The form words take in features: typographic quotes and apostrophes as in CoNLL (’ → ', “ ” → "), digits
 * as 0, so that text from the project's tokenizer looks like the training data.
 */
export function normalizeWord(word: string): string {
  // Most words have none of these characters: one test instead of four replacements.
  if (!REWRITTEN.test(word)) return word;
  return word
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»„]|''|``/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/[0-9]/g, "0");
}
