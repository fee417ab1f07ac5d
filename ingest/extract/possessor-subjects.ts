import type { NerTag } from "../ner/ner-tag";
import type { Arc, TaggedWord } from "../nlp/types";
import { hasSubjectArc } from "./has-subject-arc";

/**
 * `arcs` with a name the parser made the possessor of the verb after it made that verb's subject: once
 * "Moody's" keeps its "'s" (names-as-nouns.ts), "Moody's assigned a Ba-3 rating" comes out with "Moody" as
 * `nmod:poss` of "assigned". A verb owns nothing; a name right before it, with only the name's own "'s" between,
 * is the subject of a verb without one.
 */
export function possessorSubjects(
  arcs: readonly Arc[],
  tags: readonly TaggedWord[],
  ner: readonly NerTag[] = [],
): readonly Arc[] {
  let out: Arc[] | undefined;
  arcs.forEach((arc, n) => {
    const verb = arc.head - 1;
    if (arc.deprel !== "nmod:poss" || tags[n]!.upos !== "PROPN" || tags[verb]?.upos !== "VERB") return;
    // Only an "'s" inside the company's name: "Taiwan's leading industrial organisation" owns its "leading".
    if (verb !== n + 2 || tags[n + 1]!.xpos !== "POS" || ner[n + 1] !== "I-ORG") return;
    if (hasSubjectArc(arcs, verb)) return;
    out ??= arcs.map((a) => ({ ...a }));
    out[n] = { head: verb + 1, deprel: "nsubj" };
  });
  return out ?? arcs;
}
