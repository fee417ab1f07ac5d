import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { isPossessive } from "../entities/find-mentions";
import { isNegation } from "./clause-qualifiers";
import { pastTenseOf } from "./past-tense";
import { relationVocabulary } from "./relation-vocabulary";

/** Adverbs that make a phrase of the verb before them: "go ahead with", "press forward with", "go along with". */
const phrasalAdverbs = new Set(["ahead", "forward", "along"]);

/** The surface relation: governing verbs, auxiliaries, negation, the verb, its particle, extra words. */
export function phrase(
  s: AnalyzedSentence,
  chain: readonly number[],
  v: number,
  extra: readonly number[],
): string {
  const tokens = new Set<number>([...chain, v, ...extra]);
  for (const h of [...chain, v]) {
    for (const k of s.children[h] ?? []) {
      const rel = s.deprels[k]!;
      // Auxiliaries only when they are auxiliaries: a parser may label "With" aux.
      // "Scott's said": the possessive of a company's name is no auxiliary, whatever the tagger says.
      const auxiliary =
        (rel === "aux" || rel === "aux:pass") &&
        /^(AUX|PART)$/.test(s.upos[k]!) &&
        !(isPossessive(s.words[k]!) && s.upos[k - 1] === "PROPN");
      if (
        auxiliary ||
        rel === "compound:prt" ||
        k === particleOf(s, h) ||
        (rel === "advmod" && isNegation(s, k))
      ) {
        tokens.add(k);
        // "no longer": the "no" the parser hung on "longer".
        for (const c of s.children[k] ?? []) if (rel === "advmod" && /^no$/i.test(s.words[c]!)) tokens.add(c);
      }
      // "interested in buying", "confident of reaching": a governed gerund's "in", "on" or "of" links it to its
      // governor as "to" does.
      const mark = s.words[k]!.toLowerCase();
      const link = mark === "to" || (/^(in|on|of)$/.test(mark) && s.xpos[h] === "VBG" && chain.length > 0);
      if (rel === "mark" && link && h !== chain[0]) tokens.add(k);
    }
  }
  return [...tokens]
    .sort((a, b) => a - b)
    .map((t) => s.words[t])
    .join(" ");
}

export function predicateOf(
  s: AnalyzedSentence,
  v: number,
  prep: string | undefined,
): { name: string; known: boolean } {
  const lemma = s.lemmas[v]!;
  const particle = particleOf(s, v);
  const withParticle = particle === undefined ? undefined : `${lemma} ${s.words[particle]!.toLowerCase()}`;
  const known =
    (withParticle && relationVocabulary[withParticle]) ||
    (prep && relationVocabulary[`${lemma} ${prep}`]) ||
    relationVocabulary[lemma];
  if (known) return { name: known, known: true };
  const past = pastTenseOf(lemma, s.words[v]!, s.xpos[v]!).toUpperCase();
  const name = withParticle ? `${past}_${s.words[particle!]!.toUpperCase()}` : past;
  return { name: name.replace(/[^A-Z0-9_]/g, "_"), known: false };
}

/**
 * The verb's particle: the parser's own, or a directional adverb right after the verb that makes a phrase
 * of it ("went ahead with the tax" is proceeding with it, not going; "go along with the House" agreeing).
 */
export function particleOf(s: AnalyzedSentence, v: number): number | undefined {
  const kids = s.children[v] ?? [];
  const particle = kids.find((k) => s.deprels[k] === "compound:prt");
  if (particle !== undefined) return particle;
  const next = v + 1;
  // "were speaking ahead of a discussion": "ahead of" is a preposition of time.
  if (!kids.includes(next) || s.deprels[next] !== "advmod" || /^of$/i.test(s.words[next + 1] ?? ""))
    return undefined;
  return phrasalAdverbs.has(s.words[next]!.toLowerCase()) ? next : undefined;
}
