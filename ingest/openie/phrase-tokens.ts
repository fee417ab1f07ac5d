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
  const word = (i: number | undefined): string => (i === undefined ? "" : (sentence.words[i] ?? ""));
  const has = (w: string): boolean => out.some((i) => sentence.words[i] === w);
  // Trim edge punctuation, but keep a quote or bracket whose partner is inside the phrase.
  while (out.length > 1 && EDGE_JUNK.has(sentence.upos[out[0]!] ?? "X") && !has(PAIRS[word(out[0])] ?? "\0"))
    out.shift();
  while (out.length > 1) {
    const last = out[out.length - 1]!;
    if (!EDGE_JUNK.has(sentence.upos[last] ?? "X") || has(OPENER_OF[word(last)] ?? "\0")) break;
    out.pop();
  }
  // A quotation opened in the phrase and closed right after it (the parser often hangs the closer elsewhere).
  const next = out[out.length - 1]! + 1;
  const closer = PAIRS[word(out.find((i) => PAIRS[word(i)] !== undefined))];
  if (closer !== undefined && !has(closer) && word(next) === closer) out.push(next);
  return out;
}

const PAIRS: Record<string, string> = { "``": "''", "-LRB-": "-RRB-", "(": ")", "`": "'" };
const OPENER_OF: Record<string, string> = Object.fromEntries(Object.entries(PAIRS).map(([o, c]) => [c, o]));
