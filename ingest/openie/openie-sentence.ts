import type { AnalyzedSentence } from "../extract/analyzed-sentence";

/** What the open-triple extractor needs of a parse; an AnalyzedSentence is one. */
export type OpenieSentence = Pick<
  AnalyzedSentence,
  "words" | "upos" | "xpos" | "lemmas" | "heads" | "deprels" | "children"
>;
