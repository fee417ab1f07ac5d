import type { AnalyzedSentence } from "../../ingest/extract/analyzed-sentence";

/**
 * An analysed sentence made of space-separated words, for rules that read words and positions rather than a
 * parse: every word its own token, no tags, no heads, unless `fields` gives them.
 */
export function wordSentence(text: string, fields: Partial<AnalyzedSentence> = {}): AnalyzedSentence {
  const words = text.split(" ");
  let at = 0;
  const tokens = words.map((w) => {
    const token = { text: w, start: at, end: at + w.length };
    at += w.length + 1;
    return token;
  });
  return {
    index: 0,
    text,
    start: 0,
    tokens,
    words,
    upos: words.map(() => "X"),
    xpos: words.map(() => ""),
    lemmas: words.map((w) => w.toLowerCase()),
    heads: words.map(() => -1),
    deprels: words.map(() => "dep"),
    ner: words.map(() => "O"),
    children: words.map(() => []),
    ...fields,
  };
}
