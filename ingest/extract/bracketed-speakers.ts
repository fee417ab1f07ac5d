import type { Arc, TaggedWord } from "../nlp/types";
import { hasCycle } from "./has-cycle";
import { reportingVerbs } from "./reporting-verbs";

/** Tags of the words of a speaker's noun phrase before its bracketed acronym. */
const phraseTags = /^(DT|JJ|NN|NNS|NNP|NNPS)$/;

/**
 * `arcs` with the speaker named before a bracketed acronym made the subject of the speech verb after it: in
 * "… fell 3.6 pct in March, the National Statistics Institute (INSEE) said." the parser hung the name and the
 * acronym on "March" as appositions and left "said" without a subject, so the acronym spoke and the
 * institute became what it said. A subjectless speech verb right after "(" ACRONYM ")", after a noun phrase
 * that follows a comma, is said by that phrase; the acronym is its apposition.
 */
export function bracketedSpeakers(arcs: readonly Arc[], tags: readonly TaggedWord[]): readonly Arc[] {
  let out: readonly Arc[] = arcs;
  tags.forEach((tag, v) => {
    if (!reportingVerbs.has(tag.lemma.toLowerCase()) || !/^(VBD|VBZ|VBP)$/.test(tag.xpos)) return;
    const [open, acronym, close] = [v - 3, v - 2, v - 1];
    if (tags[close]?.xpos !== "-RRB-" || tags[open]?.xpos !== "-LRB-" || tags[acronym]?.upos !== "PROPN")
      return;
    if (out.some((a) => a.head - 1 === v && /^(nsubj|csubj)/.test(a.deprel))) return;
    let start = open;
    while (start > 0 && phraseTags.test(tags[start - 1]!.xpos)) start--;
    const head = open - 1;
    if (head < start || !/^(NN|NNS|NNP|NNPS)$/.test(tags[head]!.xpos) || tags[start - 1]?.xpos !== ",")
      return;
    const repaired = out.map((a) => ({ ...a }));
    for (let k = start; k < head; k++) {
      const deprel = tags[k]!.xpos === "DT" ? "det" : tags[k]!.xpos === "JJ" ? "amod" : "compound";
      repaired[k] = { head: head + 1, deprel };
    }
    repaired[head] = { head: v + 1, deprel: "nsubj" };
    repaired[acronym] = { head: head + 1, deprel: "appos" };
    repaired[open] = { head: acronym + 1, deprel: "punct" };
    repaired[close] = { head: acronym + 1, deprel: "punct" };
    if (!hasCycle(repaired)) out = repaired;
  });
  return out;
}
