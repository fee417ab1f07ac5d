import type { TaggedWord } from "../nlp/types";

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
  let out: TaggedWord[] | undefined;
  tags.forEach((t, i) => {
    if (t.xpos !== "TO" || !toPhraseVerbs.has(tags[i - 1]?.lemma.toLowerCase() ?? "")) return;
    if (tags[i + 1]?.xpos !== "VB" || !/^NNS?$/.test(tags[i + 2]?.xpos ?? "")) return;
    out ??= [...tags];
    out[i] = { ...t, upos: "ADP", xpos: "IN" };
    out[i + 1] = { ...tags[i + 1]!, upos: "NOUN", xpos: "NN" };
  });
  return out ?? tags;
}
