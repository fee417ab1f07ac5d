import type { AnalyzedSentence } from "../extract/analyzed-sentence";
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
    // Parsers label the by-phrase of a gerund obl, nmod or even obj. It follows the act's word at once: in
    // "under review because of a decision by the commission" the commission decided, it did not review.
    // (Found on a Reuters misparse; sentences of ours parse without it, so no test can show this guard.)
    const agentToken = kids.find(
      (k) =>
        /^(obl|nmod|obj)/.test(s.deprels[k]!) &&
        /^(by|from)$/i.test(s.words[n + 1] ?? "") &&
        firstOfSubtree(s, k) === n + 1,
    );
    if (agentToken === undefined) continue;
    const found = undergoer(s, n);
    if (found === undefined) continue;
    const { patientToken, clause } = found;
    const agent = ctx.args.resolve(agentToken, { asActor: true, concepts: "none" });
    const patient = ctx.args.resolve(patientToken, { asActor: false, concepts: "none" });
    // Names as written (a title before one counts: "by Rep. Jack Kemp"): "while the firm was under
    // investigation" resolved "the firm" to the wrong company.
    const named = (t: number): boolean => ctx.args.insideName(t) || s.upos[t] === "PROPN";
    if (agent?.via !== "name" || patient?.via !== "name" || !named(agentToken) || !named(patientToken))
      continue;
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

/**
 * Who is under the act `n`, and the clause that says so: the act's own subject ("Acme is under investigation
 * by the SEC"), the subject of the clause it opens ("Under questioning by Kemp, Shultz said"), or the noun it
 * is set off right after ("Acme, under investigation by the SEC, said").
 */
function undergoer(s: AnalyzedSentence, n: number): { patientToken: number; clause: number } | undefined {
  const own = (s.children[n] ?? []).find((k) => s.deprels[k]!.startsWith("nsubj"));
  if (own !== undefined) return { patientToken: own, clause: n };
  const head = s.heads[n]!;
  if (head < 0) return undefined;
  if (!s.deprels[n]!.startsWith("nmod")) {
    const subject = (s.children[head] ?? []).find((k) => s.deprels[k] === "nsubj");
    return subject === undefined ? undefined : { patientToken: subject, clause: head };
  }
  // Right after the noun it is set off from: not a phrase a parser hung on a noun further back.
  const before = firstOfSubtree(s, n) - 2;
  const besideNoun =
    s.words[before + 1] === "," &&
    (before === head || (s.heads[before] === head && /^(flat|compound)/.test(s.deprels[before]!)));
  return besideNoun && s.heads[head]! >= 0 ? { patientToken: head, clause: s.heads[head]! } : undefined;
}
