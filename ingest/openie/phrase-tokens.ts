import type { OpenieSentence } from "./openie-sentence";

/** Relations whose subtrees are other clauses or side remarks, never part of an argument phrase. */
const CLAUSAL = new Set([
  "acl:relcl",
  "advcl:relcl",
  "parataxis",
  "appos",
  "dep",
  "list",
  "discourse",
  "vocative",
]);
const EDGE_JUNK = new Set(["PUNCT", "CCONJ"]);

/**
 * Token positions (in order) of the phrase headed by `head`: its subtree without the children whose
 * relation is in `skip` (checked at the top only) and without relative clauses, appositions and
 * parataxis at any depth; punctuation and conjunctions at either edge are trimmed.
 */
export function phraseTokens(
  sentence: OpenieSentence,
  head: number,
  skip: ReadonlySet<string> = new Set(),
  skipTokens: ReadonlySet<number> = new Set(),
): number[] {
  const out: number[] = [];
  const visit = (i: number, top: boolean): void => {
    out.push(i);
    for (const c of sentence.children[i] ?? []) {
      const rel = sentence.deprels[c] ?? "";
      if (skipTokens.has(c)) continue;
      if (top && skip.has(rel)) continue;
      if (CLAUSAL.has(rel)) continue;
      visit(c, false);
    }
  };
  visit(head, true);
  out.sort((a, b) => a - b);
  while (out.length > 1 && EDGE_JUNK.has(sentence.upos[out[0]!] ?? "X")) out.shift();
  while (out.length > 1 && EDGE_JUNK.has(sentence.upos[out[out.length - 1]!] ?? "X")) out.pop();
  return out;
}
