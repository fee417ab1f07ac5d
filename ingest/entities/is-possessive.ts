/** The possessive ending as the tokenizer splits it off: "'s", "'", "’s". */
export function isPossessive(word: string): boolean {
  return /^['’]s?$/i.test(word);
}
