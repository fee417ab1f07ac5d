import { parseWords, type SentenceModels } from "../extract/analyzed-sentence";
import type { OpenieSentence } from "./openie-sentence";

/** The tagger and parser, passed in so the analysis stays free of model loading. */
export type OpenieModels = Pick<SentenceModels, "tag" | "parse">;

// CaRB text is PTB-tokenized; the models were trained on UD EWT, which writes brackets and quotes plainly.
const PTB_TO_PLAIN: Record<string, string> = {
  "-LRB-": "(",
  "-RRB-": ")",
  "-LSB-": "[",
  "-RSB-": "]",
  "-LCB-": "{",
  "-RCB-": "}",
  "``": '"',
  "''": '"',
};

/** Tags and parses already tokenized words; `words` in the result are the original tokens. */
export function analyzeTokens(words: readonly string[], models: OpenieModels): OpenieSentence {
  return {
    words: [...words],
    ...parseWords(
      words.map((w) => PTB_TO_PLAIN[w] ?? w),
      models,
    ),
  };
}
