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
  return stateEndingAt(s, mentions.slice(0, i), mentions[i]!.start);
}

/** The state of a possessor ending just before `start` ("Japan's"), else of a demonym ending at it. */
function stateEndingAt(s: AnalyzedSentence, before: readonly Mention[], start: number): string | undefined {
  const possessor = before.findLast((p) => p.end === start - 1 && isPossessive(s.words[p.end] ?? ""));
  const demonym = before.findLast((p) => p.end === start && p.kind === "demonym");
  // "the United Arab Emirates central bank": a state's name used as a modifier, as a demonym is.
  // Not a name before the description's determiner: "told Brazil the bank will …" is the hearer.
  const named = /^(the|a|an)$/i.test(s.words[start] ?? "")
    ? undefined
    : before.findLast((p) => p.end === start && p.kind === "name" && p.country && !p.isCapital);
  return (possessor ?? demonym ?? named)?.country;
}

/**
 * The state a description's possessor or demonym gives, past the lower-case modifiers between: "the Dutch
 * central bank", "Japan's central bank", "Swedish central bank governor" (for "bank"). `mentions` are the
 * sentence's.
 */
export function descriptionState(
  s: AnalyzedSentence,
  mentions: readonly Mention[],
  m: Mention,
): string | undefined {
  let start = m.start;
  // Other descriptions may overlap ("central bank governor" around "bank"); names and demonyms end the run.
  const covered = (k: number): boolean =>
    mentions.some((o) => o.kind !== "nominal" && o.start <= k && k < o.end);
  while (
    start > 0 &&
    start > m.start - 3 &&
    /^(JJ|NN)$/.test(s.xpos[start - 1]!) &&
    /^\p{Ll}/u.test(s.words[start - 1]!) &&
    !covered(start - 1)
  )
    start--;
  return stateEndingAt(s, mentions, start);
}

function stateAfter(s: AnalyzedSentence, mentions: readonly Mention[], i: number): string | undefined {
  const m = mentions[i]!;
  if (s.words[m.end] !== "of") return undefined;
  const state = mentions.slice(i + 1).find((n) => n.start === m.end + 1);
  return state?.country && !state.isCapital ? state.country : undefined;
}
