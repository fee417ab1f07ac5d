import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { hasCase } from "./argument-resolver";
import { clauseQualifiers } from "./clause-qualifiers";
import type { Add, SentenceContext } from "./extract-triples";
import { pastTense } from "./past-tense";
import { relationVocabulary } from "./relation-vocabulary";
import { firstOfSubtree } from "./subtree";

/** Acts one is "under", by the verb that does them: "under questioning by", "under investigation by". */
const undergoneActs: Readonly<Record<string, string>> = {
  questioning: "question",
  investigation: "investigate",
  review: "review",
  attack: "attack",
  pressure: "pressure",
  criticism: "criticize",
};

/**
 * "Under questioning by Rep. Jack Kemp at a hearing, Shultz said …", "Acme, under investigation by the SEC,
 * …": what the clause's subject is under, the by- or from-phrase does to it. Named parties only.
 */
export function undergoneActTriples(s: AnalyzedSentence, ctx: SentenceContext, add: Add): void {
  for (let n = 0; n < s.words.length; n++) {
    const verb = undergoneActs[s.words[n]!.toLowerCase()];
    const kids = s.children[n] ?? [];
    // Parsers read "under questioning" as a preposition's noun or as a clause marked by "under".
    const under = kids.some((k) => /^(case|mark)$/.test(s.deprels[k]!) && /^under$/i.test(s.words[k]!));
    if (verb === undefined || !under) continue;
    // Parsers label the by-phrase of a gerund obl, nmod or even obj.
    const agentToken = kids.find(
      (k) => /^(obl|nmod|obj)/.test(s.deprels[k]!) && (hasCase(s, k, "by") || hasCase(s, k, "from")),
    );
    const head = s.heads[n]!;
    if (head < 0) continue;
    // The phrase opens the clause, or is set off after its subject ("Acme, under investigation by …, said").
    const onNoun = s.deprels[n]!.startsWith("nmod");
    // Right after the noun it is set off from: not a phrase a parser hung on a noun further back.
    const before = firstOfSubtree(s, n) - 2;
    const besideNoun =
      s.words[before + 1] === "," &&
      (before === head || (s.heads[before] === head && /^(flat|compound)/.test(s.deprels[before]!)));
    if (onNoun && !besideNoun) continue;
    const patientToken = onNoun ? head : (s.children[head] ?? []).find((k) => s.deprels[k] === "nsubj");
    const clause = onNoun ? s.heads[head]! : head;
    if (clause < 0) continue;
    if (agentToken === undefined || patientToken === undefined) continue;
    const agent = ctx.args.resolve(agentToken, { asActor: true, concepts: "none" });
    const patient = ctx.args.resolve(patientToken, { asActor: false, concepts: "none" });
    if (agent?.via !== "name" || patient?.via !== "name") continue;
    const { polarity, modality } = clauseQualifiers(s, clause);
    const predicate =
      relationVocabulary[verb] ??
      pastTense(verb)
        .toUpperCase()
        .replace(/[^A-Z0-9_]/g, "_");
    const by = (s.children[agentToken] ?? []).find((k) => s.deprels[k] === "case")!;
    add(
      agent,
      patient,
      predicate,
      `under ${s.words[n]!.toLowerCase()} ${s.words[by]!.toLowerCase()}`,
      polarity,
      modality,
      0.7,
      null,
    );
  }
}
