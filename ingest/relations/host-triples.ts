import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { byPhrase } from "./argument-resolver";
import { clauseQualifiers } from "./clause-qualifiers";
import type { Add, SentenceContext } from "./extract-triples";

/** Verbs whose passive "to" phrase names the host who did it: "was invited to the White House". */
const hostingVerbs = new Set(["invite", "welcome", "summon"]);

/**
 * "Mohamed was invited to their Google Science Fair", "was summoned to the Foreign Ministry": an agentless
 * passive of inviting names its host in the "to" phrase, and the host, when a name, is the inviter. A
 * common noun ("invited to a conference") names no one.
 */
export function hostTriples(s: AnalyzedSentence, ctx: SentenceContext, add: Add): void {
  for (let v = 0; v < s.words.length; v++) {
    if (!hostingVerbs.has(s.lemmas[v]!) || s.xpos[v] !== "VBN") continue;
    const kids = s.children[v] ?? [];
    if (!kids.some((k) => s.deprels[k] === "aux:pass")) continue;
    // With an agent the clause rules already say who invited.
    const guestToken = kids.find((k) => s.deprels[k] === "nsubj:pass" || s.deprels[k] === "nsubj");
    if (byPhrase(s, v) !== undefined || guestToken === undefined) continue;
    const guest = ctx.args.resolve(guestToken, { asActor: true, concepts: "actors" });
    if (!guest) continue;
    const { polarity, modality } = clauseQualifiers(s, v);
    for (const k of kids) {
      if (!/^obl/.test(s.deprels[k]!) || !ctx.args.insideName(k)) continue;
      const to = (s.children[k] ?? []).find((c) => s.deprels[c] === "case" && /^to$/i.test(s.words[c]!));
      if (to === undefined) continue;
      const host = ctx.args.resolve(k, { asActor: true, concepts: "none" });
      if (host?.via !== "name" || host.entity.type === "PERSON") continue;
      const relation = `${s.words[v]!.toLowerCase()} ${s.words[to]!.toLowerCase()}`;
      add(host, guest, "INVITED", relation, polarity, modality, 0.65, null);
    }
  }
}
