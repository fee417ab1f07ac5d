import type { Arc, TaggedWord } from "../nlp/types";

/**
 * Positions of present-tense verbs the tagger read as plural nouns right after a noun: in "said the
 * agreement calls for the holders to exchange …" or "said the region accounts for 26 pct", "calls" and
 * "accounts" were tagged NNS and "the agreement calls" parsed as the object of "said". "Say" takes a
 * clause, not a noun phrase, so a plural noun as its object, compounded with a singular noun after a
 * determiner and followed by a preposition, "to" or a determiner, is the reported clause's verb; so is one
 * compounded into the object's noun from a word or more before it.
 */
export function verbalPlurals(tags: readonly TaggedWord[], arcs: readonly Arc[]): number[] {
  return tags.flatMap((t, i) => {
    if (t.xpos !== "NNS") return [];
    // "said the test uses radioactive probes": the plural may also modify the object's noun, the clause's
    // own object taken for part of the phrase.
    const object = arcs[i]!.deprel === "compound" && arcs[i]!.head - 1 > i + 1 ? arcs[i]!.head - 1 : i;
    if (arcs[object]!.deprel !== "obj") return [];
    // "In the second case, the M5S party asks to the regional government …": a noun has no object, so one
    // the parser gave it is a clause's verb too.
    const governor = tags[arcs[object]!.head - 1];
    if (governor?.lemma.toLowerCase() !== "say" && governor?.upos !== "NOUN") return [];
    const noun = tags[i - 1];
    if (noun?.xpos !== "NN" || arcs[i - 1]!.deprel !== "compound" || arcs[i - 1]!.head - 1 !== i) return [];
    // "said there have been no buyout offers": after "no", "any" or "all" a plural is a noun after all.
    // "the M5S party asks": the determiner may stand before more than one modifier.
    let d = i - 2;
    while (d > 0 && arcs[d]!.deprel === "compound" && arcs[d]!.head - 1 > d && arcs[d]!.head - 1 <= i) d--;
    const det = tags[d];
    if (!/^(DT|PRP\$)$/.test(det?.xpos ?? "") || /^(no|any|all|some|both)$/i.test(det!.lemma)) return [];
    // "covers more than 300 films", "produces electrostatic precipitators": an adjective or adverb may open
    // the clause's object too.
    return /^(IN|TO|DT|CD|NNP|JJ|JJR|RB|RBR)$/.test(tags[i + 1]?.xpos ?? "") ? [i] : [];
  });
}
