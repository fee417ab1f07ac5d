import type { Arc, TaggedWord } from "../nlp/types";
import { hasSubjectArc } from "./has-subject-arc";

/**
 * `arcs` with a subject the parser hung on an adverb given to the adverb's verb: in "The President later
 * personally took action" it made "President" the subject of "later". A noun or pronoun subject of an
 * adverb that modifies a verb after it, with only adverbs and the verb's own words (an auxiliary) between,
 * is that verb's subject.
 */
export function adverbSubjects(arcs: readonly Arc[], tags: readonly TaggedWord[]): readonly Arc[] {
  let out: Arc[] | undefined;
  arcs.forEach((arc, n) => {
    const adverb = arc.head - 1;
    if (!arc.deprel.startsWith("nsubj") || adverb <= n || tags[adverb]?.upos !== "ADV") return;
    if (arcs[adverb]!.deprel !== "advmod" || !/^(NOUN|PROPN|PRON)$/.test(tags[n]!.upos)) return;
    const verb = arcs[adverb]!.head - 1;
    if (verb <= adverb || tags[verb]!.upos !== "VERB") return;
    if (hasSubjectArc(arcs, verb)) return;
    if (!tags.slice(n + 1, verb).every((t, k) => t.upos === "ADV" || arcs[n + 1 + k]!.head - 1 === verb))
      return;
    out ??= arcs.map((a) => ({ ...a }));
    out[n] = { head: verb + 1, deprel: arc.deprel };
  });
  return out ?? arcs;
}
