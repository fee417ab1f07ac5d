import type { Arc, TaggedWord } from "../nlp/types";
import { finiteTags } from "./finite-verbs";
import { subtreeSpans } from "./subtree-spans";

/** Words that open a clause as well as a noun phrase: "after the union rejected", "after the meeting". */
const subordinating = /^(after|before|since|until|till)$/i;

/**
 * Nouns of time, which a phrase of "since", "after" or "before" on a subject names ("sales since the
 * beginning of the year totaled", "quotas before October are unlikely"): none of them does anything.
 */
const timeNoun =
  /^(beginning|start|end|middle|outset|close|course|time|period|year|quarter|month|week|day|weekend|hour|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * Positions of "after", "before", "since", "until" that open a clause the parser read as a prepositional
 * phrase: in "marines were on alert at the ports after 40,000 seamen decided to remain on strike" the
 * tagger gave "after" a preposition's tag, the parser made "seamen" its noun, and "decided" took "ports"
 * for its subject. A finite verb right after the noun phrase of such a word shows the clause; the noun
 * must be one that can act: a pronoun or a name, or a common noun a determiner, number or possessor makes
 * a phrase of its own ("the union", "40,000 seamen", not "income before taxes was"), and no noun of time.
 */
export function subordinatingPrepositions(tags: readonly TaggedWord[], arcs: readonly Arc[]): number[] {
  const heads = arcs.map((a) => a.head - 1);
  // Computed for the first candidate only: most sentences have none.
  let spans: ReturnType<typeof subtreeSpans> | undefined;
  return tags.flatMap((t, p) => {
    if (t.upos !== "ADP" || !subordinating.test(t.lemma) || arcs[p]!.deprel !== "case") return [];
    const noun = heads[p]!;
    if (noun <= p || !/^(NOUN|PROPN|PRON)$/.test(tags[noun]!.upos)) return [];
    if (timeNoun.test(tags[noun]!.lemma) && !datedName(tags, arcs, noun)) return [];
    const determined = heads.some(
      (h, k) => h === noun && /^(det|nummod|nmod:poss|compound)$/.test(arcs[k]!.deprel),
    );
    if (tags[noun]!.upos === "NOUN" && !determined) return [];
    const { last } = (spans ??= subtreeSpans(heads));
    const next = tags[last[noun]! + 1];
    return finiteTags.test(next?.xpos ?? "") ? [p] : [];
  });
}

const weekday = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * "even after the Higher Labour Court Saturday ruled it illegal": news style puts the day of an act right
 * after its doer's name, and parsers make the day the head with the name its compound. A day name with a
 * proper-noun compound right before it is a dated name, not a noun of time.
 */
function datedName(tags: readonly TaggedWord[], arcs: readonly Arc[], noun: number): boolean {
  return (
    weekday.test(tags[noun]!.lemma) &&
    tags[noun - 1]?.upos === "PROPN" &&
    arcs[noun - 1]!.head - 1 === noun &&
    arcs[noun - 1]!.deprel === "compound"
  );
}
