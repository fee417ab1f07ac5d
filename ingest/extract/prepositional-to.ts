import type { TaggedWord } from "../nlp/types";
import { rewriteTags } from "./rewrite-tags";

/** Verbs whose "to" opens a noun phrase, never an infinitive: "referring to trade legislation". */
const toPhraseVerbs = new Set([
  "refer",
  "respond",
  "react",
  "object",
  "contribute",
  "amount",
  "adhere",
  "pertain",
  "relate",
  "subscribe",
  "lead",
  "switch",
]);

/**
 * "He was referring to trade legislation pending in Congress": the tagger read "to trade" as an infinitive,
 * and the parser made "legislation" what someone trades. After a verb that takes "to" and a noun phrase, a
 * "to" before a bare verb form that a noun follows is a preposition, and that word is the noun's modifier.
 */
export function prepositionalTo(tags: TaggedWord[]): TaggedWord[] {
  return rewriteTags(tags, (t, i, set) => {
    if (t.xpos !== "TO" || !toPhraseVerbs.has(tags[i - 1]?.lemma.toLowerCase() ?? "")) return;
    if (tags[i + 1]?.xpos !== "VB" || !/^NNS?$/.test(tags[i + 2]?.xpos ?? "")) return;
    set(i, { ...t, upos: "ADP", xpos: "IN" });
    set(i + 1, { ...tags[i + 1]!, upos: "NOUN", xpos: "NN" });
  });
}
