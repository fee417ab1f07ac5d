import type { Arc } from "../nlp/types";

/** Whether word `verb` (0-based) has a subject among `arcs`: nominal, clausal or an expletive. */
export function hasSubjectArc(arcs: readonly Arc[], verb: number): boolean {
  return arcs.some((a) => a.head - 1 === verb && /^(nsubj|csubj|expl)/.test(a.deprel));
}

/** Whether word `verb` (0-based) has a nominal subject among `arcs`: what a retagged verb must win to be kept. */
export function hasNominalSubjectArc(arcs: readonly Arc[], verb: number): boolean {
  return arcs.some((a) => a.head - 1 === verb && a.deprel.startsWith("nsubj"));
}
