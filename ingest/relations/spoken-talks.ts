import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { hasCase } from "./argument-resolver";
import { clauseQualifiers } from "./clause-qualifiers";
import type { Add, SentenceContext } from "./extract-triples";
import type { Argument } from "./argument-resolver";
import { eventNouns } from "./relation-vocabulary";

/** Possessive pronouns that make talks the speaker's own: "said its talks with Airbus". */
const ownPossessive = /^(his|her|its|their|our|my)$/i;

/**
 * "De Clercq said high level talks this week with Norway's minority Labour government had helped clarify
 * …", "McDonnell Douglas Corp said recent talks with Airbus Industries …": talks a speaker reports on with a
 * named party, whose other side the sentence does not name, are the speaker's own. Not when the talks have
 * another owner ("said Japan's talks with the U.S.") or two named sides ("talks between …"); whether they
 * were held, are planned or only possible is the reported clause's ("talks with Airbus would resume").
 */
export function spokenTalksTriples(
  s: AnalyzedSentence,
  ctx: SentenceContext,
  add: Add,
  speakers: readonly Argument[],
  complement: number,
  topic: number,
  attribution: string | null,
): void {
  const predicate = eventNouns[s.words[topic]!.toLowerCase()];
  if (predicate === undefined || !/^(NEGOTIATED|MET|CALLED)$/.test(predicate)) return;
  const kids = s.children[topic] ?? [];
  const owner = kids.find((k) => s.deprels[k] === "nmod:poss");
  if (owner !== undefined && !ownPossessive.test(s.words[owner]!)) return;
  if (kids.some((k) => s.deprels[k] === "nmod" && hasCase(s, k, "between"))) return;
  const partnerToken = kids.find((k) => s.deprels[k] === "nmod" && hasCase(s, k, "with"));
  if (partnerToken === undefined) return;
  const partner = ctx.args.resolve(partnerToken, { asActor: true, concepts: "none" });
  if (!partner || partner.via === "pronoun") return;
  // "said the talks with Pratt are not being pursued": a denial of what became of talks, not of the talks.
  const { polarity, modality } = clauseQualifiers(s, complement);
  if (polarity === "negative") return;
  for (const speaker of speakers) {
    if (speaker.via !== "name") continue;
    add(
      speaker,
      partner,
      predicate,
      `${s.words[topic]!.toLowerCase()} with`,
      polarity,
      modality,
      0.7,
      attribution,
    );
  }
}
