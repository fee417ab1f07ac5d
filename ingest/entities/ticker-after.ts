import type { AnalyzedSentence } from "../extract/analyzed-sentence";

/** One or two words of a stock symbol: "SGL", "DARTA", "CSRA.S", "REED L". */
const symbolWord = /^[A-Z][A-Z0-9.&]{0,7}$/;

/**
 * Reuters follows a listed company's name with its stock symbol in angle brackets ("Supermarkets General
 * <SGL>"). When the tokens from `end` on are such a symbol, the token range [from, to) it covers,
 * brackets included; else undefined. The symbol names the company before it, never a company of its own.
 */
export function tickerAfter(s: AnalyzedSentence, end: number): { from: number; to: number } | undefined {
  if (s.words[end] !== "<") return undefined;
  for (let close = end + 2; close <= end + 3; close++) {
    if (s.words[close] !== ">") continue;
    const inner = s.words.slice(end + 1, close);
    return inner.every((w) => symbolWord.test(w)) ? { from: end, to: close + 1 } : undefined;
  }
  return undefined;
}

/**
 * Where the name before a stock symbol starts when the NER missed it ("to buy Supermarkets General <SGL>"):
 * the capitalised words right before the bracket, without an opening "The"; undefined if there are none.
 */
export function nameBeforeTicker(s: AnalyzedSentence, bracket: number): number | undefined {
  let start = bracket;
  while (start > 0 && /^(\p{Lu}|&$)/u.test(s.words[start - 1]!)) start--;
  if (/^(The|A|An)$/.test(s.words[start] ?? "")) start++;
  return start < bracket ? start : undefined;
}
