import type { Modality, Polarity } from "../extraction";
import { firstOfSubtree, hasSubject } from "./subtree";
import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import type { ArgumentResolver } from "./argument-resolver";
import { chainModality, intentNouns, speechVerbs } from "./relation-vocabulary";

/**
 * How a clause holds its fact: polarity (negation, verbs that undo what they govern), modality (modals,
 * conditionals, governing verbs of intent, demand or proposal), doubt ("it is unlikely that …") and who
 * is reported as saying it.
 */

export const negators: ReadonlySet<string> = new Set(["not", "never", "n't", "no"]);

const modalAux: Readonly<Record<string, Modality>> = {
  will: "planned",
  shall: "planned",
  "'ll": "planned",
  would: "possible",
  could: "possible",
  might: "possible",
  may: "possible",
  can: "possible",
  should: "demanded",
  must: "demanded",
};

/** "It is unlikely that the board will accept": what such a word governs is no fact, either way. */
const doubtWords = new Set(["unlikely", "doubtful", "uncertain", "unclear", "improbable", "doubt"]);

export function doubted(s: AnalyzedSentence, v: number): boolean {
  let cur = v;
  while (/^(xcomp|conj)$/.test(s.deprels[cur]!) && s.heads[cur]! >= 0) cur = s.heads[cur]!;
  const gov = s.heads[cur]!;
  if (gov < 0 || !/^(ccomp|csubj)/.test(s.deprels[cur]!)) return false;
  // "did not say the talks had failed", "would not confirm it had bought …": neither stated nor denied.
  const unsaid = speechVerbs.has(s.lemmas[gov]!) && !negRaising.has(s.lemmas[gov]!) && negated(s, gov);
  return doubtWords.has(s.lemmas[gov]!) || unsaid;
}

const hearsayNouns = new Set([
  "speculation",
  "rumor",
  "rumour",
  "talk",
  "fear",
  "hope",
  "expectation",
  "possibility",
  "suggestion",
  "suspicion",
  "belief",
  "guess",
  // "There can be no assurances that the parties will reach an agreement."
  "assurance",
  "guarantee",
]);

/** "did not think Iran was moving towards conflict" means thinking it was not: the negation is the clause's. */
const negRaising = new Set(["think", "believe", "expect", "feel", "suppose"]);

export function negated(s: AnalyzedSentence, v: number): boolean {
  return (s.children[v] ?? []).some((k) => isNegation(s, k));
}

/**
 * Whether `k`, a dependent of a verb, negates it: "not", "never", "no", and "no longer" with "no" hung on
 * "longer" ("will no longer sell the line").
 */
export function isNegation(s: AnalyzedSentence, k: number): boolean {
  if (s.deprels[k] !== "advmod" && s.deprels[k] !== "neg") return false;
  const w = s.words[k]!.toLowerCase();
  return (
    negators.has(w) ||
    // Before its verb: "said his proposal was no longer on the table" hung on "said" is the clause's.
    (w === "longer" && k < s.heads[k]! && (s.children[k] ?? []).some((c) => /^(no|not)$/i.test(s.words[c]!)))
  );
}

/** A clause a speaker denies, or says they do not think true, states the opposite. */
function deniedBySpeaker(s: AnalyzedSentence, clause: number): boolean {
  const gov = s.heads[clause]!;
  if (gov < 0 || s.deprels[clause] !== "ccomp") return false;
  const lemma = s.lemmas[gov]!;
  return lemma === "deny" || (negRaising.has(lemma) && negated(s, gov));
}

/** Polarity and modality from negation, modal auxiliaries, conditionals and governing verbs. */
export function clauseQualifiers(
  s: AnalyzedSentence,
  v: number,
): { polarity: Polarity; modality: Modality; chain: number[] } {
  let polarity: Polarity = "positive";
  let modality: Modality = "asserted";
  const chain: number[] = [];
  // "Japan can spend … or give …", "did not buy or sell", "to purchase and resell": a conjoined verb
  // without its own subject or auxiliaries shares the first one's modal, negation and purpose.
  // "did not give figures and said …": a finite verb cannot lean on the first one's auxiliary, so it
  // shares nothing with it.
  const own =
    (s.children[v] ?? []).some((k) => /^(aux|nsubj)/.test(s.deprels[k]!)) ||
    (finite(s.xpos[v]!) && s.heads[v]! >= 0 && !finite(s.xpos[s.heads[v]!]!));
  if (s.deprels[v] === "conj" && !own && s.heads[v]! >= 0 && /^(VERB|AUX)$/.test(s.upos[s.heads[v]!]!)) {
    ({ polarity, modality } = clauseQualifiers(s, s.heads[v]!));
  }
  // "Neither Castro nor the Cuban press have given out figures".
  const subject = (s.children[v] ?? []).find((k) => s.deprels[k]!.startsWith("nsubj"));
  if (subject !== undefined && (s.children[subject] ?? []).some((k) => /^neither$/i.test(s.words[k]!)))
    polarity = flip(polarity);
  // "No bank has accepted the plan"; "there was no spokesman available to comment": a subject, or the
  // controller of an infinitive, that is "no" one denies the clause.
  const controller =
    subject === undefined && toMarked(s, v)
      ? (s.children[s.heads[v]!] ?? []).find((k) => s.deprels[k]!.startsWith("nsubj"))
      : undefined;
  const doer = subject ?? controller;
  if (
    doer !== undefined &&
    (s.children[doer] ?? []).some((k) => s.deprels[k] === "det" && /^no$/i.test(s.words[k]!))
  )
    polarity = flip(polarity);
  // "(agreed) not even the auctions will generate …": "not even" before or at the start of the subject's
  // phrase denies this clause, wherever the parser hung the "not".
  if (subject !== undefined) {
    const first = firstOfSubtree(s, subject);
    const not = /^not$/i.test(s.words[first] ?? "") ? first : first - 1;
    if (/^not$/i.test(s.words[not] ?? "") && /^even$/i.test(s.words[not + 1] ?? "") && s.heads[not] !== v)
      polarity = flip(polarity);
  }
  let cur = v;
  for (;;) {
    for (const k of s.children[cur] ?? []) {
      const w = s.words[k]!.toLowerCase();
      if (isNegation(s, k)) polarity = flip(polarity);
      if (s.deprels[k] === "aux" && modalAux[w] && modality === "asserted") modality = modalAux[w]!;
      // "30 days after the products are approved": a present tense after "after", "once" or "when" is
      // what is expected to happen, not what did.
      // "as soon as the White House completed …, he would schedule a hearing": a past tense after them is
      // still to come when the clause it hangs on is what someone will or would do.
      const temporal =
        /^(after|before|once|until|when|whenever)$/.test(w) ||
        (w === "as" && /^soon$/i.test(s.words[k - 1] ?? ""));
      const hypothetical =
        /^(if|unless|whether)$/.test(w) ||
        (temporal && s.deprels[cur] === "advcl" && (presentTense(s, cur) || futureGovernor(s, cur)));
      if (s.deprels[k] === "mark" && hypothetical && modality === "asserted") modality = "possible";
      // "The EC Commission is to ask member states …": "be to" with a bare verb is what is planned.
      const beTo =
        s.deprels[k] === "cop" && /^(is|are|was|were)$/i.test(w) && s.xpos[cur] === "VB" && toMarked(s, cur);
      // "the bid is to be followed by a merger": the passive of it.
      const beToBe =
        s.deprels[k] === "aux:pass" &&
        /^(is|are|was|were)$/i.test(w) &&
        s.xpos[cur] === "VBN" &&
        toMarked(s, cur) &&
        (s.children[cur] ?? []).some((c) => s.deprels[c] === "aux:pass" && /^be$/i.test(s.words[c]!));
      if ((beTo || beToBe) && hasSubject(s, cur) && modality === "asserted") modality = "planned";
    }
    const rel = s.deprels[cur]!;
    const gov = s.heads[cur]!;
    const toMark = toMarked(s, cur);
    // "failed to make payments" parsed as an adverbial clause of "failed" is still its complement.
    // "… will not affect Colombia's credit, finance minister Cesar Gaviria told Reuters" with "told" parsed as
    // an xcomp: a verb with a subject of its own is nobody's controlled complement.
    // "is not interested in buying Dome", "confident of reaching": a gerund after "in", "on" or "of" completes
    // an adjective as "to" does ("In making the offer, Icahn threatened …" is a circumstance of a verb).
    // "plans on filing a rate application": a gerund after "on" completes a verb of intent as "to" does.
    const gerundMark =
      s.xpos[cur] === "VBG" &&
      gov >= 0 &&
      (s.children[cur] ?? []).some(
        (k) =>
          s.deprels[k] === "mark" && (s.upos[gov] === "ADJ" ? /^(in|on|of)$/i : /^on$/i).test(s.words[k]!),
      );
    const complement =
      (rel === "xcomp" && !hasSubject(s, cur)) ||
      (rel === "advcl" && (toMark || gerundMark) && gov >= 0 && chainModality[s.lemmas[gov]!] !== undefined);
    // "asked the exchange to tighten …" with the infinitive hung on the object: the asking governs it.
    const asker = rel === "acl" && toMark && s.deprels[gov] === "obj" ? s.heads[gov]! : -1;
    const asking = asker >= 0 && chainModality[s.lemmas[asker]!] !== undefined;
    // "to meet him" as a purpose or complement of a noun states no fact, only a possibility.
    if (
      !complement &&
      !asking &&
      (rel === "advcl" || rel.startsWith("acl")) &&
      toMark &&
      modality === "asserted"
    )
      modality = (rel === "acl" && gov >= 0 && intentNouns[s.lemmas[gov]!]) || "possible";
    // "could continue the program using CCC funds": a bare participle clause is as sure as the verb it hangs
    // on ("will expand, adding 100 jobs" is planned too).
    const participle =
      rel === "advcl" &&
      s.xpos[cur] === "VBG" &&
      gov >= 0 &&
      !hasSubject(s, cur) &&
      !(s.children[cur] ?? []).some((k) => s.deprels[k] === "mark");
    if (participle && modality === "asserted") {
      const aux = (s.children[gov] ?? []).find(
        (k) => s.deprels[k] === "aux" && modalAux[s.words[k]!.toLowerCase()],
      );
      if (aux !== undefined) modality = modalAux[s.words[aux]!.toLowerCase()]!;
    }
    const governor = complement ? gov : asking ? asker : -1;
    if (governor < 0) break;
    const effect = chainModality[s.lemmas[governor]!];
    if (effect === "negative") polarity = flip(polarity);
    else if (effect && modality === "asserted") modality = effect;
    chain.unshift(governor);
    cur = governor;
  }
  if (deniedBySpeaker(s, cur)) polarity = flip(polarity);
  // "The committee recommends that Temasek reduces its stake", "repeated the request GenCorp remove a poison
  // pill": a that-clause of a verb or noun of demand or proposal is asked for, not done.
  // Only a clause of its own, with "that" or a bare verb: "a proposal rejected by producers" is no such clause.
  const asker = s.heads[cur]!;
  // A bare verb with no auxiliary is a subjunctive ("that it be paid", "the request GenCorp remove");
  // "did not have" is not.
  const subjunctive =
    s.xpos[cur] === "VB" &&
    !toMarked(s, cur) &&
    !(s.children[cur] ?? []).some((k) => /^aux/.test(s.deprels[k]!));
  const thatClause =
    subjunctive ||
    (s.children[cur] ?? []).some((k) => s.deprels[k] === "mark" && /^that$/i.test(s.words[k]!));
  if (asker >= 0 && modality === "asserted" && thatClause) {
    const lemma = s.lemmas[asker]!;
    // "insisting that Pennzoil did not have a contract" asserts; "insisted that it be paid" demands.
    const asked =
      s.deprels[cur] === "ccomp" && s.upos[asker] === "VERB"
        ? lemma === "insist" && !subjunctive
          ? undefined
          : demandingVerbs[lemma]
        : /^(acl|ccomp)/.test(s.deprels[cur]!) && s.upos[asker] === "NOUN"
          ? demandingNouns[lemma]
          : undefined;
    if (asked) modality = asked;
  }
  // "speculation that the USDA will offer …", "rumours that Continental bought …": hearsay, not a fact.
  const noun = s.heads[cur]!;
  if (noun >= 0 && /^(acl|ccomp)/.test(s.deprels[cur]!) && hearsayNouns.has(s.lemmas[noun]!))
    modality = "possible";
  // "declined to comment on whether the company was confident of reaching a new agreement": a fact
  // anywhere inside a whether- or if-clause is only possible.
  for (
    let up = s.heads[cur]!, depth = 0;
    up >= 0 && depth < 6 && modality === "asserted";
    up = s.heads[up]!, depth++
  ) {
    const conditional = (s.children[up] ?? []).some(
      (k) => s.deprels[k] === "mark" && /^(if|unless|whether)$/i.test(s.words[k]!),
    );
    if (conditional) modality = "possible";
  }
  return { polarity, modality, chain };
}

/**
 * Verbs whose that-clause is asked for or put forward. Not "suggest" or "ask", whose that- and wh-clauses
 * are mostly what is indicated or asked about ("the policies suggested that it did not accord priority").
 */
const demandingVerbs: Readonly<Record<string, Modality>> = {
  recommend: "proposed",
  propose: "proposed",
  urge: "demanded",
  demand: "demanded",
  insist: "demanded",
  request: "demanded",
  require: "demanded",
};

/** Nouns whose clause is asked for or put forward: "the request GenCorp remove …". */
const demandingNouns: Readonly<Record<string, Modality>> = {
  request: "demanded",
  demand: "demanded",
  call: "demanded",
  recommendation: "proposed",
  suggestion: "proposed",
  proposal: "proposed",
};

/** Whether clause `v` is an infinitive marked by "to". */
function toMarked(s: AnalyzedSentence, v: number): boolean {
  return (s.children[v] ?? []).some((k) => s.deprels[k] === "mark" && /^to$/i.test(s.words[k]!));
}

/** A past or third-person form; not "VBP", which taggers give bare infinitives after "and" too. */
function finite(xpos: string): boolean {
  return xpos === "VBD" || xpos === "VBZ";
}

export function flip(p: Polarity): Polarity {
  return p === "positive" ? "negative" : "positive";
}

/** The speaker when the verb sits inside what a speech verb reports: "…, his spokesperson said". */
export function attributionOf(s: AnalyzedSentence, v: number, args: ArgumentResolver): string | null {
  let cur = v;
  for (let depth = 0; depth < 6; depth++) {
    // "According to the Interior Ministry, the rebels attacked …"; "according to the merger proposal" names
    // no one who could be asked.
    const source = accordingTo(s, cur);
    if (source !== undefined)
      return args.resolve(source, { asActor: true, concepts: "none" })?.entity.name ?? null;
    const gov = s.heads[cur]!;
    if (gov < 0) return null;
    const rel = s.deprels[cur]!;
    if ((rel === "ccomp" || rel === "parataxis") && speechVerbs.has(s.lemmas[gov]!)) {
      const subj = (s.children[gov] ?? []).find((k) => s.deprels[k] === "nsubj");
      if (subj === undefined) return null;
      const arg = args.resolve(subj, { asActor: true, concepts: "none" });
      return arg ? arg.entity.name : subtreeText(s, subj);
    }
    cur = gov;
  }
  return null;
}

/**
 * The clause an adverbial clause hangs on (through "soon" of "as soon as") is in the future — will, would,
 * shall — and the adverbial clause is not done before it ("after having completed a trip").
 */
function futureGovernor(s: AnalyzedSentence, v: number): boolean {
  if ((s.children[v] ?? []).some((k) => s.deprels[k] === "aux" && s.lemmas[k] === "have")) return false;
  let gov = s.heads[v]!;
  if (gov >= 0 && s.upos[gov] === "ADV") gov = s.heads[gov]!;
  return (
    gov >= 0 &&
    (s.children[gov] ?? []).some(
      (k) => s.deprels[k] === "aux" && /^(will|would|shall|'ll)$/i.test(s.words[k]!),
    )
  );
}

/** The clause's finite verb is in the present: "are approved", "completes", "is completed". */
function presentTense(s: AnalyzedSentence, v: number): boolean {
  const verbs = [v, ...(s.children[v] ?? []).filter((k) => /^(aux|cop)/.test(s.deprels[k]!))];
  return verbs.some((k) => s.xpos[k] === "VBZ" || s.xpos[k] === "VBP");
}

/** The source of "according to X" hung on a clause's head: X's token, else undefined. */
export function accordingTo(s: AnalyzedSentence, head: number): number | undefined {
  return (s.children[head] ?? []).find(
    (k) =>
      /^(obl|advcl|nmod)/.test(s.deprels[k]!) &&
      (s.children[k] ?? []).some(
        (c) =>
          s.deprels[c] === "case" && /^according$/i.test(s.words[c]!) && /^to$/i.test(s.words[c + 1] ?? ""),
      ),
  );
}

function subtreeText(s: AnalyzedSentence, token: number): string {
  const tokens: number[] = [];
  // The noun phrase proper: "The source, speaking on condition of anonymity," is "The source".
  const keep = new Set(["det", "amod", "compound", "nmod:poss", "flat", "case", "nummod"]);
  const walk = (t: number): void => {
    tokens.push(t);
    for (const c of s.children[t] ?? []) if (keep.has(s.deprels[c]!)) walk(c);
  };
  walk(token);
  tokens.sort((a, b) => a - b);
  return tokens.map((t) => s.words[t]).join(" ");
}
