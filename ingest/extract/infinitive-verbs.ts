import type { TaggedWord } from "../nlp/types";
import { rewriteTags } from "./rewrite-tags";

/**
 * "Kits Games planned to market a game": the tagger read "market" as a noun after the infinitive marker,
 * and the extractor then made the noun what was planned. A singular common noun between an infinitive "to"
 * and a determiner or possessive, which no noun phrase has, is the infinitive's verb.
 */
export function infinitiveVerbs(words: readonly string[], tags: TaggedWord[]): TaggedWord[] {
  return rewriteTags(tags, (t, i, set) => {
    // After a verb the tagger may read the marker itself as a preposition ("planned to/IN market/NN a").
    const marker =
      t.xpos === "TO" || (words[i]!.toLowerCase() === "to" && /^VB/.test(tags[i - 1]?.xpos ?? ""));
    if (!marker || tags[i + 1]?.xpos !== "NN" || !/^(DT|PRP\$)$/.test(tags[i + 2]?.xpos ?? "")) return;
    // "has to date the company's …": a fixed phrase, not a verb.
    if (/^date$/i.test(words[i + 1]!)) return;
    set(i, { upos: "PART", xpos: "TO", lemma: "to" });
    set(i + 1, { upos: "VERB", xpos: "VB", lemma: words[i + 1]!.toLowerCase() });
  });
}
