import type { AnalyzedSentence } from "../extract/analyzed-sentence";

/** Speech verbs whose object is the one spoken to ("told Reuters"), not what was said. */
export const hearerVerbs: ReadonlySet<string> = new Set([
  "tell",
  "inform",
  "brief",
  "assure",
  "warn",
  "remind",
  "notify",
  "advise",
]);

/**
 * The hearer verb right before a name, skipping "the" ("VBI Corp told the Securities and Exchange
 * Commission it raised …"): the one told is neither who "it" is nor the doer of what follows.
 */
export function tellerBefore(s: AnalyzedSentence, nameStart: number): number | undefined {
  const before = s.words[nameStart - 1]?.toLowerCase() === "the" ? nameStart - 2 : nameStart - 1;
  return before >= 0 && hearerVerbs.has(s.lemmas[before]!) && s.upos[before] === "VERB" ? before : undefined;
}
