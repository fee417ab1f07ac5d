import type { TaggedWord } from "../nlp/types";
import { rewriteTags } from "./rewrite-tags";

/**
 * "Nigeria is due to receive …": after "due", "owing" or "according" the tagger reads "to" as a
 * preposition even before a bare verb, and the parser then builds a prepositional phrase out of a verb.
 * A "to" tagged IN right before a word tagged VB is the infinitive marker.
 */
export function infinitiveMarkers(words: readonly string[], tags: TaggedWord[]): TaggedWord[] {
  return rewriteTags(tags, (t, i, set) => {
    if (t.xpos !== "IN" || words[i]!.toLowerCase() !== "to" || tags[i + 1]?.xpos !== "VB") return;
    set(i, { upos: "PART", xpos: "TO", lemma: "to" });
  });
}
