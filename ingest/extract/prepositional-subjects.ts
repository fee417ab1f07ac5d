import type { Arc, TaggedWord } from "../nlp/types";

/**
 * Prepositions that open a phrase of circumstance, never a clause nor a verb's argument: "after" or "as"
 * may mark a clause whose subject the parser got right ("after a detailed proposal was distributed"), and
 * "for", "from", "with" or "by" may name an argument ("For Computer Associates, the merger caps …" is no
 * cap on the company), so they are not here.
 */
const phrasePrepositions: ReadonlySet<string> = new Set([
  "in",
  "under",
  "despite",
  "during",
  "throughout",
  "among",
  "within",
  "without",
  "amid",
]);

/**
 * `arcs` with a prepositional phrase the parser made a second subject turned into the verb's oblique: in
 * "Endata said that under terms of the contract Educational Testing asked it to …" and "said that in the
 * short term K-O-P did not need additional funds" the parser gave the verb two subjects, and the statement
 * was about terms and the term. A subject with a preposition of its own before it, ahead of another subject
 * of the same verb, is a phrase that modifies the verb.
 */
export function prepositionalSubjects(arcs: readonly Arc[], tags: readonly TaggedWord[]): readonly Arc[] {
  let out: Arc[] | undefined;
  arcs.forEach((arc, n) => {
    if (!arc.deprel.startsWith("nsubj")) return;
    const preposition = arcs.some(
      (a, k) =>
        k < n &&
        a.head - 1 === n &&
        a.deprel === "case" &&
        tags[k]!.xpos === "IN" &&
        phrasePrepositions.has(tags[k]!.lemma.toLowerCase()),
    );
    // After the real subject the phrase is the subject's own ("the wheat for Jordan includes …").
    const otherSubject = arcs.some((a, k) => k > n && a.head === arc.head && a.deprel.startsWith("nsubj"));
    if (!preposition || !otherSubject) return;
    out ??= arcs.map((a) => ({ ...a }));
    out[n] = { head: arc.head, deprel: "obl" };
  });
  return out ?? arcs;
}
