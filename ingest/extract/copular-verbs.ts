import type { Arc, TaggedWord } from "../nlp/types";

/**
 * Positions of plural nouns the tagger read as verbs: in "Nigeria is due to receive 900 mln dlrs in fresh
 * export credits", "credits" was tagged VBZ and the parser made it the sentence's verb, with "is" as its
 * copula. A verb takes no copula; a VBZ that has one is a noun in -s.
 */
export function copularVerbs(tags: readonly TaggedWord[], arcs: readonly Arc[]): number[] {
  return tags.flatMap((t, i) =>
    t.upos === "VERB" && t.xpos === "VBZ" && arcs.some((a) => a.head - 1 === i && a.deprel === "cop")
      ? [i]
      : [],
  );
}
