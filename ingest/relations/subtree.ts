import type { AnalyzedSentence } from "../extract/analyzed-sentence";

/** Positions in a dependency subtree, punctuation attached to it left out of its span. */
export function firstOfSubtree(s: AnalyzedSentence, token: number): number {
  let first = token;
  for (const k of s.children[token] ?? [])
    if (s.deprels[k] !== "punct") first = Math.min(first, firstOfSubtree(s, k));
  return first;
}

export function lastOfSubtree(s: AnalyzedSentence, token: number): number {
  let last = token;
  for (const k of s.children[token] ?? [])
    if (s.deprels[k] !== "punct") last = Math.max(last, lastOfSubtree(s, k));
  return last;
}

/** Every token of the subtree, punctuation included, in no particular order. */
export function subtreeTokens(s: AnalyzedSentence, token: number): number[] {
  return [token, ...(s.children[token] ?? []).flatMap((k) => subtreeTokens(s, k))];
}

/** The first conjunct of the coordination `token` belongs to ("higher profit" in "want less risk, higher profit" → "risk"). */
export function firstConjunct(s: AnalyzedSentence, token: number): number {
  let first = token;
  while (s.deprels[first] === "conj" && s.heads[first]! >= 0) first = s.heads[first]!;
  return first;
}

/** Whether a clause's head has a subject of its own among its dependents. */
export function hasSubject(s: AnalyzedSentence, head: number): boolean {
  return (s.children[head] ?? []).some((k) => s.deprels[k]!.startsWith("nsubj"));
}

/** The direct object of `verb`, if the parse gives it one. */
export function objectOf(s: AnalyzedSentence, verb: number): number | undefined {
  return (s.children[verb] ?? []).find((k) => s.deprels[k] === "obj");
}
