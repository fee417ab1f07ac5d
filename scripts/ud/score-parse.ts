import type { DependencyParser } from "../../ingest/nlp/dependency-parser";
import type { TaggedWord } from "../../ingest/nlp/types";
import type { TreebankSentence } from "./treebank";

export interface ParseScores {
  uas: number;
  las: number;
  tokens: number;
}

/** UAS and LAS (%) over all tokens, punctuation included, comparing universal relations (before ":"). */
export function scoreParse(
  parser: DependencyParser,
  sentences: readonly TreebankSentence[],
  tags: readonly (readonly TaggedWord[])[],
): ParseScores {
  let uas = 0;
  let las = 0;
  let tokens = 0;
  sentences.forEach((s, i) => {
    const arcs = parser.parse(s.words, tags[i]!);
    arcs.forEach((arc, j) => {
      tokens++;
      if (arc.head !== s.heads[j]) return;
      uas++;
      if (arc.deprel.split(":")[0] === s.deprels[j]!.split(":")[0]) las++;
    });
  });
  return { uas: (100 * uas) / tokens, las: (100 * las) / tokens, tokens };
}
