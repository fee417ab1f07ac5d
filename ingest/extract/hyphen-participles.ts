import type { Arc, TaggedWord } from "../nlp/types";

/**
 * Positions of participles that end a hyphenated adjective the parser read as a verb: in "has purchased
 * privately-held Western Emergency Service Inc", "held" (after "privately -") became a clause of its own
 * with the company as its object, and the purchase lost it. A participle right after a hyphen and right
 * before a noun, not already modifying one, is the adjective's last part.
 */
const ownerParticiples = new Set(["own", "control", "base", "back", "run", "lead", "led"]);

export function hyphenParticiples(tags: readonly TaggedWord[], arcs: readonly Arc[]): number[] {
  return tags.flatMap((t, i) => {
    if (!/^VB[NG]$/.test(t.xpos) || tags[i - 1]?.xpos !== "HYPH" || arcs[i]!.deprel === "amod") return [];
    // "government-owned", "Icahn-controlled", "Paris-based" name an owner or a seat: read as verbs on purpose.
    if (ownerParticiples.has(t.lemma.toLowerCase())) return [];
    return /^(NOUN|PROPN|ADJ)$/.test(tags[i + 1]?.upos ?? "") ? [i] : [];
  });
}
