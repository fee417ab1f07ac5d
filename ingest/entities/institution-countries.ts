import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { isPossessive } from "./is-possessive";
import type { Mention } from "./mention";

/**
 * "Japan's Finance Ministry", "the Brazilian Finance Ministry", "Bonn's Economics Ministry", "the Ministry of
 * Finance of Japan" with the state a mention of its own: the state right before (possessive or demonym)
 * or after "of" is the institution's. Mentions in sentence order; an institution already given its state by
 * its own name keeps it.
 */
export function withInstitutionCountries(s: AnalyzedSentence, mentions: readonly Mention[]): Mention[] {
  return mentions.map((m, i) => {
    if (!m.institution || m.institution.country) return m;
    const country = stateBefore(s, mentions, i) ?? stateAfter(s, mentions, i);
    return country ? { ...m, institution: { ...m.institution, country } } : m;
  });
}

function stateBefore(s: AnalyzedSentence, mentions: readonly Mention[], i: number): string | undefined {
  const m = mentions[i]!;
  const before = mentions.slice(0, i).reverse();
  const possessor = before.find((p) => p.end === m.start - 1 && isPossessive(s.words[p.end] ?? ""));
  const demonym = before.find((p) => p.end === m.start && p.kind === "demonym");
  return (possessor ?? demonym)?.country;
}

function stateAfter(s: AnalyzedSentence, mentions: readonly Mention[], i: number): string | undefined {
  const m = mentions[i]!;
  if (s.words[m.end] !== "of") return undefined;
  const state = mentions.slice(i + 1).find((n) => n.start === m.end + 1);
  return state?.country && !state.isCapital ? state.country : undefined;
}
