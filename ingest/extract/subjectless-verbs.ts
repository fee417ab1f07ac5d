import type { Arc, TaggedWord } from "../nlp/types";
import { hasSubjectArc } from "./has-subject-arc";

/**
 * Positions of plural nouns the tagger read as verbs inside a noun phrase: in "receive 900 mln dlrs in fresh
 * export credits this year", "credits" was tagged VBZ and parsed as a clause of its own without a subject.
 * A present-tense verb in -s always has a subject (a relative "which" or "that" included); one without,
 * right after the noun of a prepositional phrase and not sharing a conjoined verb's subject, is the head
 * of that phrase; so is one right after a past-tense verb ("denied reports that …").
 */
export function subjectlessVerbs(tags: readonly TaggedWord[], arcs: readonly Arc[]): number[] {
  return tags.flatMap((t, i) => {
    if (t.upos !== "VERB" || t.xpos !== "VBZ") return [];
    // "ATT denied reports that it plans …": a finite verb never follows a past-tense one straight on; one
    // followed by an object or a complement of its own ("analysts said includes provisions", "the stock
    // split becomes effective") is the past-tense word that was misread.
    if (tags[i - 1]?.xpos === "VBD" && tags[i - 1]!.upos === "VERB") {
      const next = tags[i + 1];
      const nounLike = next === undefined || /^(ADP|DET|PUNCT)$/.test(next.upos) || next.lemma === "that";
      return nounLike && !hasSubjectArc(arcs, i) ? [i] : [];
    }
    if (tags[i - 1]?.upos !== "NOUN") return [];
    // "the system's debt carries …": a subject the parser lost looks the same; only a noun governed by a
    // preposition ("in fresh export credits") is surely no subject, and not by "of" ("some of its debt
    // carries …" is a partitive subject).
    const governed = arcs.some((a, k) => a.head === i && a.deprel === "case" && tags[k]!.lemma !== "of");
    if (!governed) return [];
    if (arcs[i]!.deprel === "conj") return [];
    const subject = hasSubjectArc(arcs, i);
    return subject ? [] : [i];
  });
}
