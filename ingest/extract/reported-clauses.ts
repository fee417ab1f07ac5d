import type { Arc, TaggedWord } from "../nlp/types";
import { isFiniteClause } from "./finite-verbs";
import { hasNominalSubjectArc } from "./has-subject-arc";
import { reportingVerbs } from "./reporting-verbs";

/**
 * `arcs` with a clause the parser hung on a later speech verb as an adverbial made the verb's complement:
 * in "In Alaska, failures rose by 66.2 per cent, it said." the parser read "rose" as an adverbial clause of
 * "said", so nothing was said. A finite clause with a subject of its own and no word to subordinate it
 * ("because", "if", "when"), before a speech verb that closes the sentence, is what the verb reports.
 */
export function reportedClauses(arcs: readonly Arc[], tags: readonly TaggedWord[]): readonly Arc[] {
  let out: Arc[] | undefined;
  arcs.forEach((arc, c) => {
    const v = arc.head - 1;
    if (arc.deprel !== "advcl" || v <= c || !reportingVerbs.has(tags[v]!.lemma.toLowerCase())) return;
    if (!/^(VBD|VBZ|VBP)$/.test(tags[v]!.xpos) || tags[v + 1]?.upos !== "PUNCT") return;
    const kids = arcs.flatMap((a, k) => (a.head - 1 === c ? [k] : []));
    if (kids.some((k) => /^(mark|case)$/.test(arcs[k]!.deprel))) return;
    if (!hasNominalSubjectArc(arcs, c)) return;
    if (!isFiniteClause(arcs, tags, c)) return;
    out ??= arcs.map((a) => ({ ...a }));
    out[c] = { head: arc.head, deprel: "ccomp" };
  });
  return out ?? arcs;
}
