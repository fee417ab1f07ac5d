/**
 * The form words take in features: typographic quotes and apostrophes as in CoNLL (’ → ', “ ” → "), digits
 * as 0, so that text from the project's tokenizer looks like the training data.
 */
export function normalizeWord(word: string): string {
  return word
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»„]|''|``/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/[0-9]/g, "0");
}
