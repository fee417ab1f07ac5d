import type { Arc, TaggedWord } from "../nlp/types";

/** Penn tags of a verb that carries tense: a clause with one of them is finite. */
export const finiteTags = /^(VBD|VBZ|VBP|MD)$/;

/** Whether `verb` is finite or has a finite auxiliary or copula ("is trying", "will let"). */
export function isFiniteClause(arcs: readonly Arc[], tags: readonly TaggedWord[], verb: number): boolean {
  return (
    finiteTags.test(tags[verb]!.xpos) ||
    arcs.some((a, k) => a.head - 1 === verb && /^(aux|cop)/.test(a.deprel) && finiteTags.test(tags[k]!.xpos))
  );
}
