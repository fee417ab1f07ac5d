import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import type { Argument } from "./argument-resolver";
import { clauseQualifiers } from "./clause-qualifiers";
import type { Add, SentenceContext } from "./extract-triples";

/** Participles that say what a thing is made after, with the prepositions that name it. */
const basisVerbs: Readonly<Record<string, { predicate: string; preps: readonly string[] }>> = {
  base: { predicate: "BASED_ON", preps: ["on", "upon"] },
  model: { predicate: "BASED_ON", preps: ["on", "after"] },
  pattern: { predicate: "BASED_ON", preps: ["on", "after"] },
  derive: { predicate: "DERIVED_FROM", preps: ["from"] },
};

/**
 * "The current New Zealand flag is partially based on the United Kingdom's flag", "the computer is based on
 * the IBM PC AT": a passive of basing states a fact of its subject, though no one does the basing (the
 * clause rules give an agentless passive no subject). Only a named basis, or the named possessor of one,
 * makes a fact: "the price is based on the average closing price" links two common nouns and says little.
 */
export function basisTriples(s: AnalyzedSentence, ctx: SentenceContext, add: Add): void {
  for (let v = 0; v < s.words.length; v++) {
    const basis = basisVerbs[s.lemmas[v]!];
    if (basis === undefined || s.xpos[v] !== "VBN") continue;
    const kids = s.children[v] ?? [];
    // "based in Houston" is where a company is: only "is based on", not "Acme based its bid on …".
    const be = kids.filter((k) => s.lemmas[k] === "be" && /^(aux:pass|cop)$/.test(s.deprels[k]!));
    const subjectToken = kids.find((k) => s.deprels[k] === "nsubj:pass" || s.deprels[k] === "nsubj");
    if (be.length === 0 || subjectToken === undefined) continue;
    const subject = ctx.args.resolve(subjectToken, { asActor: true, concepts: "any" });
    if (!subject || subject.via === "pronoun") continue;
    const { polarity, modality } = clauseQualifiers(s, v);
    for (const k of kids) {
      if (!/^obl/.test(s.deprels[k]!)) continue;
      const caseToken = (s.children[k] ?? []).find((c) => s.deprels[c] === "case");
      if (caseToken === undefined || !basis.preps.includes(s.words[caseToken]!.toLowerCase())) continue;
      const relation = [...be, v, caseToken].map((t) => s.words[t]!.toLowerCase()).join(" ");
      for (const { arg, owned } of namedBases(s, ctx, k)) {
        const confidence = 0.8 - cost(subject) - cost(arg) - (owned ? 0.1 : 0);
        add(subject, arg, basis.predicate, relation, polarity, modality, confidence, null);
      }
    }
  }
}

/** The basis itself when it is a name; else the names that own it ("the United Kingdom's flag"). */
function namedBases(
  s: AnalyzedSentence,
  ctx: SentenceContext,
  token: number,
): { arg: Argument; owned: boolean }[] {
  const named = (t: number): Argument | undefined => {
    if (!ctx.args.insideName(t)) return undefined;
    const arg = ctx.args.resolve(t, { asActor: false, concepts: "none" });
    return arg?.via === "name" ? arg : undefined;
  };
  const own = named(token);
  if (own) return [{ arg: own, owned: false }];
  return (s.children[token] ?? []).flatMap((k) => {
    const arg = s.deprels[k] === "nmod:poss" && s.upos[k] === "PROPN" ? named(k) : undefined;
    return arg ? [{ arg, owned: true }] : [];
  });
}

function cost(arg: Argument): number {
  return arg.via === "name" ? 0 : 0.1;
}
