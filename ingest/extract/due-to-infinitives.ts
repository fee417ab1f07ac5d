import type { TaggedWord } from "../nlp/types";

/**
 * The words the parser sees, with "due" before an infinitive read as "likely": "Nigeria is due to receive
 * credits" came out with "due to" as the compound preposition (UD `fixed`), the country as the head of the
 * sentence and no subject for "receive", however the tags read. Before a bare verb, "due" is the adjective
 * of "be due to", which takes its subject and its infinitive exactly as "be likely to" does, a construction
 * the parser has seen often; the tags and lemmas stay those of "due".
 */
export function dueToInfinitives(words: readonly string[], tags: readonly TaggedWord[]): readonly string[] {
  let out: string[] | undefined;
  words.forEach((w, i) => {
    if (w.toLowerCase() !== "due" || tags[i + 1]?.xpos !== "TO" || tags[i + 2]?.xpos !== "VB") return;
    out ??= [...words];
    out[i] = w === "Due" ? "Likely" : "likely";
  });
  return out ?? words;
}
