import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { hasCase } from "./argument-resolver";
import { firstOfSubtree, lastOfSubtree } from "./subtree";

/** Occasions of speaking whose to-, with- or before-phrase names who heard it. */
const occasionNouns = new Set([
  "statement",
  "interview",
  "remarks",
  "comments",
  "speech",
  "letter",
  "address",
  "testimony",
  "message",
]);

/** The hearer's token and the words of the relation between the speech verb and it ("in remarks to"). */
export interface OccasionHearer {
  hearer: number;
  words: number[];
}

/**
 * "X said in an interview with Reuters", "Suleiman al-Amr, in remarks to al-Ikhbariya television, said": the
 * occasion named by an in-phrase of the speech verb, or of its subject set off by commas, says whom the
 * speaker told. Parsers hang the phrase on the verb, on the subject or in apposition to it.
 */
export function occasionHearers(s: AnalyzedSentence, verb: number): OccasionHearer[] {
  const kids = s.children[verb] ?? [];
  const subjects = kids.filter((k) => s.deprels[k] === "nsubj" && k < verb);
  const occasions = [
    ...kids.filter((k) => s.deprels[k] === "obl"),
    ...subjects.flatMap((k) => (s.children[k] ?? []).filter((c) => /^(nmod|appos)$/.test(s.deprels[c]!))),
  ].filter((o) => occasionNouns.has(s.words[o]!.toLowerCase()) && hasCase(s, o, "in"));
  const out: OccasionHearer[] = [];
  for (const o of occasions) {
    const inWord = (s.children[o] ?? []).find((c) => s.deprels[c] === "case")!;
    // "in a statement to the committee" with the to-phrase hung beside the noun rather than on it.
    const beside = (s.children[s.heads[o]!] ?? []).filter(
      (k) => /^(nmod|obl)$/.test(s.deprels[k]!) && firstOfSubtree(s, k) === lastOfSubtree(s, o) + 1,
    );
    for (const h of [...(s.children[o] ?? []), ...beside]) {
      if (!/^(nmod|obl)$/.test(s.deprels[h]!)) continue;
      const caseWord = (s.children[h] ?? []).find(
        (c) => s.deprels[c] === "case" && /^(to|with|before)$/i.test(s.words[c]!),
      );
      if (caseWord === undefined) continue;
      const words = [inWord, o, caseWord];
      out.push({ hearer: h, words });
      for (const c of s.children[h] ?? []) if (s.deprels[c] === "conj") out.push({ hearer: c, words });
    }
  }
  return out;
}
