import type { Arc, TaggedWord } from "../nlp/types";

/**
 * Positions of present-tense verbs the tagger read as plural nouns before a conjoined verb: in "ABM Gold
 * manages and develops properties for …", "manages" was tagged NNS, made the subject of the sentence and
 * "develops" its conjunct, so no verb had a subject. Only like is conjoined with like: a plural noun right
 * before "and" or "or" whose conjunct right after it is a VBZ verb is a verb in -s itself.
 */
export function conjoinedVerbs(tags: readonly TaggedWord[], arcs: readonly Arc[]): number[] {
  return tags.flatMap((t, i) => {
    if (t.xpos !== "NNS" || tags[i + 1]?.xpos !== "CC" || !/^(and|or)$/i.test(tags[i + 1]!.lemma)) return [];
    const verb = tags[i + 2];
    if (verb?.upos !== "VERB" || verb.xpos !== "VBZ") return [];
    return arcs[i + 2]!.head - 1 === i && arcs[i + 2]!.deprel === "conj" ? [i] : [];
  });
}
