import type { Entity, Modality, Polarity, Triple } from "../extraction";
import { isQuoteMark } from "../nlp/is-quote-mark";
import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import type { Role } from "../entities/find-roles";
import type { ArgumentResolver, Argument } from "./argument-resolver";
import { byPhrase, hasCase } from "./argument-resolver";
import { isTitleWord } from "../entities/find-mentions";
import { hearerVerbs } from "../entities/teller-before";
import { accordingTo, attributionOf, clauseQualifiers, doubted, flip, negated } from "./clause-qualifiers";
import { measureWords } from "./concept-name";
import { possessorTargetVerbs } from "./possessor-target-verbs";
import { statementTopics } from "./statement-topics";
import { nonEvent } from "./non-event";
import { occasionHearers } from "./speech-occasion-hearers";
import { undergoneActTriples } from "./undergone-act-triples";
import { basisTriples } from "./basis-triples";
import { hostTriples } from "./host-triples";
import { underwriterTriples } from "./underwriter-triples";
import { objectItAntecedent } from "./object-it";
import { phrase, predicateOf } from "./surface-relation";
import { relativePronoun } from "./relative-pronoun";
import {
  isConjoinedPassive,
  isHeadlessPassive,
  isPassive,
  isReducedPassive,
  timeWord,
} from "./passive-voice";
import { strandedRecipient } from "./stranded-recipients";
import { spokenTalksTriples } from "./spoken-talks";
import { reciprocalNounTriples } from "./reciprocal-noun-triples";
import { relationalNounTriples } from "./relational-noun-triples";
import { firstOfSubtree, hasSubject, lastOfSubtree, objectOf, subtreeTokens } from "./subtree";
import { locatedIn, seatWord } from "./located-in";
import { irregularPastLemma, isIrregularVerb, pastTense } from "./past-tense";
import {
  actionNouns,
  chainModality,
  directives,
  evaluativeAdjectives,
  eventNouns,
  judgedDoings,
  lightVerbs,
  objectControl,
  openWhenDenied,
  prepositionalGerunds,
  relationVocabulary,
  speechVerbs,
  stancePredicates,
} from "./relation-vocabulary";
import { subjectsOf } from "./subjects-of";
import { resolveAll, withConjuncts } from "./with-conjuncts";

export interface SentenceContext {
  articleId: string;
  /** The date facts of this sentence refer to (relative dates resolved), else the article's. */
  date: string | null;
  args: ArgumentResolver;
  roles: readonly Role[];
  /** Entity of a role's person or owner, resolved by the caller. */
  roleEntities(role: Role): { person: Entity | undefined; owner: Entity | undefined };
}

/** What one meets by reaching it, not by seeing it: "met its growth targets". */
const goalWords =
  /^(targets?|goals?|plans?|demands?|requirements?|criteria|deadlines?|expectations?|forecasts?|estimates?|quotas?|needs|obligations?|standards?|conditions?|commitments?|terms)$/i;

/** Verbs that send their object at something: "fired rounds aimed at a loudspeaker". */
const launchingVerbs = /^(fire|launch|shoot|throw|hurl|direct|send|drop|deploy|point|aim|broadcast)$/;

/** Verbs whose object's from-phrase is whom it is got or asked from: "requested a response from Taft". */
const sourceVerbs = new Set([
  "request",
  "seek",
  "ask",
  "demand",
  "receive",
  "get",
  "obtain",
  "win",
  "accept",
  "buy",
  "purchase",
  "order",
  "secure",
  "acquire",
  "borrow",
  "import",
  "need",
  "require",
]);
const participantPreps = new Set([
  "with",
  "to",
  "against",
  "from",
  "for",
  "into",
  "between",
  "on",
  "about",
  "toward",
  "towards",
  "onto",
  "of",
  // A rival or a bone of contention ("their lead over Labour"); only names and no benchmark (below).
  "over",
]);
/** Acts whose "to" phrase is their goal or buyer: "the sale of its unit to GLI", "a trip to France". */
const transactionNouns = new Set([
  "sale",
  "trip",
  "visit",
  "transfer",
  "shipment",
  "delivery",
  "move",
  "return",
]);

/**
 * Balances between two parties: "cut its trade surplus with Washington" cuts the surplus, and does nothing to
 * Washington, which is only the other side of it.
 */
const balanceNouns = new Set(["surplus", "deficit", "imbalance", "balance"]);

/** Every triple one sentence states: clause facts (who did what to whom) and role facts from titles. */
export function extractTriples(analyzed: AnalyzedSentence, ctx: SentenceContext): Triple[] {
  const s = withKnownVerbLemmas(analyzed);
  const triples: Triple[] = [];
  const add: Add = (subject, object, predicate, relation, polarity, modality, confidence, attribution) => {
    if (subject.entity.id === object.entity.id || sameCompany(subject.entity.name, object.entity.name))
      return;
    if (
      triples.some(
        (t) =>
          t.subject.id === subject.entity.id && t.object.id === object.entity.id && t.predicate === predicate,
      )
    )
      return;
    triples.push({
      article: ctx.articleId,
      subject: subject.entity,
      predicate,
      relation,
      object: object.entity,
      polarity,
      modality,
      confidence: Math.max(0.05, Math.min(0.99, confidence)),
      sentence: s.text,
      sentenceIndex: s.index,
      date: ctx.date,
      attribution,
    });
  };

  for (const role of ctx.roles) {
    if (role.former) continue;
    const { person, owner: titleOrOwner } = ctx.roleEntities(role);
    // "The Commerce Department said …, spokesman B. Jay Cooper said": a spokesman named without an
    // organisation speaks for the one organisation that speaks in the sentence.
    const speaksFor =
      role.owner === undefined && role.role === "SPOKESPERSON_FOR"
        ? soleSpeakingOrganization(s, ctx.args)
        : undefined;
    const owner = speaksFor ?? titleOrOwner;
    if (person && owner) {
      add(
        { entity: person, via: "name", token: role.person.head },
        { entity: owner, via: "name", token: role.person.head },
        // A title without its organisation or state ("Prime Minister Rishi Sunak") links to the title.
        role.owner || speaksFor ? role.role : "HOLDS_POSITION",
        role.title,
        "positive",
        "asserted",
        0.9,
        null,
      );
    }
  }

  for (const { owner, unit, word } of ctx.args.ownedUnits())
    add(owner, unit, "OWNS", word, "positive", "asserted", 0.85, null);
  for (const { organization, place, relation } of locatedIn(s, ctx.args))
    add(organization, place, "LOCATED_IN", relation, "positive", "asserted", 0.85, null);

  for (let v = 0; v < s.words.length; v++) {
    // Participles that modify or name a thing ("ailing banks", "newly-formed Eclipse", "preferred stock").
    if (s.upos[v] !== "VERB" || nominalUses.has(s.deprels[v]!.split(":")[0]!)) continue;
    // "the nation's estimated debt", "its planned sale", "the recently released Chrome": after a determiner
    // (and adverbs) a participle modifies a noun.
    let before = v - 1;
    while (s.xpos[before] === "RB" && before > 0) before--;
    // An "'s" inside a name is the name's: "Moody's lowered the rating".
    const ownPossessive = s.xpos[before] === "POS" && s.ner[before] === "I-ORG";
    if (/^VB[NG]$/.test(s.xpos[v]!) && /^(DT|PRP\$|POS|WP\$)$/.test(s.xpos[before] ?? "") && !ownPossessive)
      continue;
    // The tagger may read it as a past tense; no finite verb follows "the", "a" or "its" (a possessive "'s"
    // may end a company's name: "Moody's said").
    if (s.xpos[v] === "VBD" && (/^(the|a|an)$/i.test(s.words[before] ?? "") || s.xpos[before] === "PRP$"))
      continue;
    // "blaming disappointing turnover": a participle between a gerund and its bare noun modifies the noun.
    if (
      s.xpos[v] === "VBG" &&
      s.xpos[v - 1] === "VBG" &&
      s.heads[v + 1] === v &&
      /^NNS?$/.test(s.xpos[v + 1] ?? "")
    )
      continue;
    // "lost 9.5 mln dlrs, compared with a profit of …": a comparison of figures is no event.
    if (
      s.lemmas[v] === "compare" &&
      /^VB[NG]$/.test(s.xpos[v]!) &&
      !(s.children[v] ?? []).some((k) => /^aux/.test(s.deprels[k]!))
    )
      continue;
    // "shares of common as adjusted for the split": an elliptical "as" clause states nothing.
    if (s.xpos[v] === "VBN" && s.words[v - 1]?.toLowerCase() === "as") continue;
    // A word of a name the tagger read as a verb ("Lloyds Shipping Intelligence").
    if (ctx.args.insideName(v)) continue;
    // "developments concerning the growth of the economy": a preposition the tagger read as a gerund.
    if (s.xpos[v] === "VBG" && prepositionalGerunds.has(s.words[v]!.toLowerCase())) continue;
    // "television, broadcasting and associated businesses": a participle in a list of nouns.
    // A conjunct with a subject of its own is a clause ("… are mortgage loans and the pool is insured by …").
    if (s.deprels[v] === "conj" && /^(NOUN|PROPN)$/.test(s.upos[s.heads[v]!] ?? "") && !hasSubject(s, v))
      continue;
    if (doubted(s, v) || nonEvent(s, v) || isConjoinedPassive(s, v)) continue;
    const subjects = reducedGift(s, v) ? [] : subjectsOf(s, v, ctx.args);
    const recipients = subjects.length === 0 ? recipientOf(s, v, ctx.args) : undefined;
    if (subjects.length === 0 && !recipients) continue;
    const { polarity, modality, chain } = clauseQualifiers(s, v);
    if (chain.some((g) => openWhenDenied.has(s.lemmas[g]!) && negated(s, g))) continue;
    const attribution = attributionOf(s, v, ctx.args);
    const finalModality: Modality = modality === "asserted" && attribution ? "reported" : modality;
    if (recipients) {
      const relation = phrase(s, chain, v, []);
      const confidence = 0.75 - penalty(recipients.recipient, recipients.thing);
      add(
        recipients.recipient,
        recipients.thing,
        "RECEIVED",
        relation,
        polarity,
        finalModality,
        confidence,
        attribution,
      );
      continue;
    }
    const lemma = s.lemmas[v]!;
    let base = 0.85 - 0.05 * chain.length - (attribution ? 0.05 : 0);

    // "declared dividends", "announced a merger": a speech verb other than "say" with a direct object does
    // what it says to that object.
    const kids = s.children[v] ?? [];
    const objectVerb = lemma !== "say" && lemma !== "tell" && kids.some((k) => s.deprels[k] === "obj");
    // "Libya is reported to have bought …", "he was told that …": a passive speech verb's subject says
    // nothing, whether the parser labelled "is" a passive auxiliary or a copula; its "by" phrase does.
    const passiveSpeech =
      s.xpos[v] === "VBN" &&
      kids.some((k) => s.lemmas[k] === "be" && /^(cop|aux)/.test(s.deprels[k]!)) &&
      byPhrase(s, v) === undefined;
    if (speechVerbs.has(lemma) && passiveSpeech) continue;
    // "asked if he thought the dollar had bottomed out", "on whether it believed …": a question about what
    // one says or thinks is no statement of it.
    if (speechVerbs.has(lemma) && isQuestion(s, v)) continue;
    // "expanded its plant, adding 100 jobs": "add" with a direct object adds, it does not say — unless a finite
    // verb follows the object, whose subject the parser took it for ("adding the work will continue").
    if (lemma === "add" && objectVerb) {
      const obj = kids.find((k) => s.deprels[k] === "obj")!;
      let next = lastOfSubtree(s, obj) + 1;
      while (s.xpos[next] === "RB") next++;
      if (!/^(MD|VBD|VBZ|VBP)$/.test(s.xpos[next] ?? "")) continue;
    }
    // "said in an interview with Reuters": the occasion's hearer was told.
    if (speechVerbs.has(lemma)) {
      for (const { hearer, words } of occasionHearers(s, v)) {
        const arg = ctx.args.resolve(hearer, { asActor: false, concepts: "actors" });
        if (!arg) continue;
        for (const subj of subjects) {
          const relation = [phrase(s, chain, v, []), ...words.map((k) => s.words[k]!.toLowerCase())].join(
            " ",
          );
          add(subj, arg, "TOLD", relation, polarity, finalModality, base - penalty(subj, arg), attribution);
        }
      }
    }
    if (
      speechVerbs.has(lemma) &&
      !objectVerb &&
      statementTriples(s, v, subjects, ctx, add, polarity, finalModality, attribution, base)
    ) {
      continue;
    }
    // A speech verb's complement holds its own facts; objects the parser hung on the verb are not its.
    if (speechVerbs.has(lemma) && !hearerVerbs.has(lemma) && kids.some((k) => s.deprels[k] === "ccomp"))
      continue;
    // "wants the West to impose sanctions": the fact is the West imposing (demanded), not Kyiv "wanting" the
    // West; urging verbs keep their own fact too ("urged the West to …" is an appeal to the West).
    const controls = (s.children[v] ?? []).some((k) => s.deprels[k] === "xcomp") && objectControl.has(lemma);
    if (controls && relationVocabulary[lemma] !== "URGED" && !directives.has(lemma)) continue;
    const objects = objectsOf(s, v);
    // "reached agreement yesterday with Iraq": the "with" phrase belongs to the agreement, not to "reached".
    const lightTargets = new Set(
      objects.flatMap((o) => (o.prep === undefined ? [lightVerbObject(s, v, o.token)?.target] : [])),
    );
    for (const o of objects) {
      if (o.prep !== undefined && lightTargets.has(o.token)) continue;
      // "told reporters his trip … was aimed at": one told is the first bare object (`laterObject`).
      if (lemma === "tell" && o.prep === undefined && laterObject(s, v, o.token)) continue;
      const light = o.prep === undefined ? lightVerbObject(s, v, o.token) : undefined;
      // "made the proposal to a 12-bank advisory committee": when no one named receives it, the noun
      // stays the verb's object.
      const lightArgs = light
        ? withConjuncts(s, light.target).flatMap((t) =>
            ctx.args.resolveMany(t, { asActor: true, concepts: "none" }),
          )
        : [];
      if (light && lightArgs.length > 0) {
        const relation = phrase(s, chain, v, [light.noun, ...light.nounModifiers, light.caseToken]);
        for (const arg of lightArgs) {
          for (const subj of subjects) {
            const confidence = base - penalty(subj, arg);
            add(subj, arg, light.predicate, relation, polarity, finalModality, confidence, attribution);
          }
        }
        continue;
      }
      // The rest of "held a phone call with Trump and the leaders of …" belongs to the call, not to "held".
      if (o.prep === undefined && s.deprels[o.token] === "conj" && lightVerbObject(s, v, s.heads[o.token]!)) {
        continue;
      }
      // "earned 45 mln dlrs or 83 cts a share": the unit a sum is counted per is no object.
      if (
        /^(a|an|per)$/i.test(s.words[o.token - 1] ?? "") &&
        measureWords.has(s.words[o.token - 2]?.toLowerCase() ?? "")
      )
        continue;
      const arg =
        ctx.args.resolve(o.token, { asActor: false, concepts: "any" }) ?? takenUp(s, o.token, v, ctx);
      if (!arg || casualtiesLeft(s, v, o.token)) continue;
      // "…, lead manager Citicorp Investment Bank Ltd said": a title before a name is the name's.
      if (arg.via === "concept" && isTitleWord(s.words[o.token]!) && s.upos[o.token + 1] === "PROPN")
        continue;
      if (o.prep !== undefined && arg.via === "concept" && objects.some((x) => x.prep === undefined))
        continue;
      // "kept its lead over Labour", "a row over Kashmir": a rival or a bone of contention, never a time,
      // an amount ("over the weekend", "over 700") or a benchmark ("5/8 pct over the London Interbank Rate").
      if (o.prep === "over" && (arg.via !== "name" || overBenchmark(s, o.caseToken!))) continue;
      const relation = phrase(s, chain, v, o.caseToken === undefined ? [] : [o.caseToken]);
      const predicate = predicateOf(s, v, o.prep);
      // "intends to go ahead with plans to market the computers": one proceeds with a thing, not to one.
      if (predicate.name === "PROCEEDED" && o.prep !== undefined && o.prep !== "with") continue;
      base -= o.prep === undefined ? 0 : 0.05;
      // "saw no difficulties", "include output but not sales": the object's own "no" or "not" denies the fact.
      // "saw little reason to …": "little" without a determiner denies it too ("a little progress", "the little
      // guy"; "have given few details" gave some).
      const denied = (s.children[o.token] ?? []).some(
        (k) =>
          (s.deprels[k] === "det" && /^no$/i.test(s.words[k]!)) ||
          (/^(det|amod)$/.test(s.deprels[k]!) &&
            /^little$/i.test(s.words[k]!) &&
            !determinedBesides(s, o.token, k)) ||
          (/^(advmod|cc)$/.test(s.deprels[k]!) && /^not$/i.test(s.words[k]!) && k < o.token),
      );
      // "has not made the best strategic moves", "did not sell all its shares": the denial is of the degree
      // or the whole; the plain fact ("made strategic moves") may well hold. ("Not enough impetus" is kept:
      // too little of a thing is read as a denial of it.)
      if ((denied ? flip(polarity) : polarity) === "negative" && isGraded(s, o.token)) continue;
      const predicateName = objectPredicate(s, v, o, arg, predicate.name);
      // "did not name the other countries": naming a thing is no appointment.
      if (predicateName === "APPOINTED" && lemma === "name" && arg.via === "concept") continue;
      // Not for speech verbs: what one says about "Dome's shares" is a statement, kept by its own rules; nor
      // for a passive's subject before the verb, whose words would read out of order ("survey for carried out");
      // nor a recipient of what one goes ahead with ("with a subsidy offer to the Soviet Union" proceeds with no
      // country; "with an early deployment of SDI" with SDI).
      const owners = (
        arg.via === "concept" && !speechVerbs.has(lemma) && o.token > v
          ? namedOwners(s, v, o.token, ctx.args)
          : []
      ).filter((x) => predicateName !== "PROCEEDED" || !/^to$/i.test(s.words[x.caseToken ?? -1] ?? ""));
      for (const subj of subjects) {
        if (predicateName === "URGED" && stipulates(s, subj)) continue;
        add(
          subj,
          arg,
          predicateName,
          relation,
          denied ? flip(polarity) : polarity,
          finalModality,
          base - penalty(subj, arg) - (predicate.known ? 0 : 0.1),
          attribution,
        );
        // "requested a response from Taft Broadcasting", "welcomed Norway's move": the thing done names
        // whom it was done to.
        for (const owner of owners) {
          add(
            subj,
            owner.arg,
            predicateName,
            phrase(s, chain, v, [
              ...(o.caseToken === undefined ? [] : [o.caseToken]),
              o.token,
              ...(owner.caseToken === undefined ? [] : [owner.caseToken]),
            ]),
            denied ? flip(polarity) : polarity,
            finalModality,
            base - penalty(subj, owner.arg) - 0.1 - (predicate.known ? 0 : 0.1),
            attribution,
          );
        }
      }
    }
  }
  actionNounTriples(s, ctx, add);
  stanceTriples(s, ctx, add);
  relationalNounTriples(s, ctx, add);
  reciprocalNounTriples(s, ctx, add);
  accordingToTriples(s, ctx, add);
  undergoneActTriples(s, ctx, add);
  basisTriples(s, ctx, add);
  underwriterTriples(s, ctx, add);
  hostTriples(s, ctx, add);
  return triples;
}

/**
 * "Norway's narrow rejection of EC membership": a named possessor did the action to the "of" phrase. Only
 * named actors: "the company's sale of shares" says too little to be a fact on its own.
 */
function actionNounTriples(s: AnalyzedSentence, ctx: SentenceContext, add: Add): void {
  for (let n = 0; n < s.words.length; n++) {
    const verb = s.upos[n] === "NOUN" ? actionNouns[s.words[n]!.toLowerCase()] : undefined;
    if (verb === undefined) continue;
    const kids = s.children[n] ?? [];
    const possessor = kids.find((k) => s.deprels[k] === "nmod:poss");
    const theme = kids.find((k) => s.deprels[k] === "nmod" && hasCase(s, k, "of"));
    if (possessor === undefined || theme === undefined) continue;
    const actor = ctx.args.resolve(possessor, { asActor: true, concepts: "none" });
    const object = ctx.args.resolve(theme, { asActor: false, concepts: "any" });
    // "its planned acquisition of …": a possessive pronoun is too often resolved to the wrong company.
    if (!actor || !object || actor.via === "pronoun") continue;
    const predicate =
      relationVocabulary[verb] ??
      pastTense(verb)
        .toUpperCase()
        .replace(/[^A-Z0-9_]/g, "_");
    const modifiers = kids.filter((k) => s.deprels[k] === "amod" && k < n);
    const relation = `${[...modifiers, n].map((k) => s.words[k]!).join(" ")} of`;
    add(actor, object, predicate, relation, "positive", "asserted", 0.7 - penalty(actor, object), null);
  }
}

/**
 * "Poorer countries have been highly critical of farm policies in the United States": a copular stance
 * (critical of, opposed to, in favour of) is the act its word names, towards what its preposition governs.
 */
function stanceTriples(s: AnalyzedSentence, ctx: SentenceContext, add: Add): void {
  for (let a = 0; a < s.words.length; a++) {
    const stance = stancePredicates[s.words[a]!.toLowerCase()];
    if (stance === undefined) continue;
    const kids = s.children[a] ?? [];
    // "is opposed to" is often parsed as a passive; "in favour of" hangs the copula on the noun.
    const copular = kids.some((k) => s.deprels[k] === "cop" || s.deprels[k] === "aux:pass");
    if (!copular || (/^favou?r$/i.test(s.words[a]!) && !hasCase(s, a, "in"))) continue;
    const target = kids.find(
      (k) => /^(obl|nmod)/.test(s.deprels[k]!) && stance.preps.some((p) => hasCase(s, k, p)),
    );
    if (target === undefined) continue;
    const subjects = kids
      .filter((k) => /^nsubj/.test(s.deprels[k]!))
      .flatMap((k) => resolveAll(s, withConjuncts(s, k), ctx.args, "any"));
    if (subjects.length === 0) continue;
    const { polarity, modality } = clauseQualifiers(s, a);
    const attribution = attributionOf(s, a, ctx.args);
    const finalModality = modality === "asserted" && attribution ? "reported" : modality;
    const caseToken = (s.children[target] ?? []).find((c) => s.deprels[c] === "case")!;
    const relation = phrase(s, [], a, [...kids.filter((k) => s.deprels[k] === "cop"), caseToken]);
    for (const t of withConjuncts(s, target)) {
      const arg = ctx.args.resolve(t, { asActor: false, concepts: "any" });
      if (!arg) continue;
      for (const subj of subjects) {
        add(
          subj,
          arg,
          stance.predicate,
          relation,
          polarity,
          finalModality,
          0.8 - penalty(subj, arg),
          attribution,
        );
      }
    }
  }
}

/**
 * "According to Ambassador Hamdullah Mohib, the participation of this team … shows progress": the source
 * states what the clause is about, as if it had said it.
 */
function accordingToTriples(s: AnalyzedSentence, ctx: SentenceContext, add: Add): void {
  for (let h = 0; h < s.words.length; h++) {
    const source = accordingTo(s, h);
    if (source === undefined) continue;
    const speaker = ctx.args.resolve(source, { asActor: true, concepts: "none" });
    if (!speaker || speaker.via === "pronoun") continue;
    // "According to Yonhap news agency, quoting North Korea's KCNA, …": the source quotes whom it cites.
    for (const quoting of s.children[h] ?? []) {
      if (!citingGerund(s, quoting, source)) continue;
      const cited = objectOf(s, quoting);
      const arg =
        cited === undefined ? undefined : ctx.args.resolve(cited, { asActor: true, concepts: "none" });
      if (arg && arg.via !== "pronoun") {
        const predicate = predicateOf(s, quoting, undefined).name;
        add(
          speaker,
          arg,
          predicate,
          s.words[quoting]!,
          "positive",
          "asserted",
          0.75 - penalty(speaker, arg),
          null,
        );
      }
    }
    const topicToken = (s.children[h] ?? []).find((k) => /^nsubj/.test(s.deprels[k]!));
    if (topicToken === undefined) continue;
    for (const topic of statementTopics(s, h, topicToken, ctx, [speaker]))
      add(
        speaker,
        topic,
        "STATED",
        "according to",
        "positive",
        "asserted",
        0.75 - penalty(speaker, topic),
        null,
      );
  }
}

/** "According to Yonhap, quoting KCNA,": a gerund of quoting or citing set off right after the source's phrase. */
function citingGerund(s: AnalyzedSentence, gerund: number, source: number): boolean {
  return (
    s.deprels[gerund] === "advcl" &&
    s.xpos[gerund] === "VBG" &&
    /^(quote|cite)$/.test(s.lemmas[gerund]!) &&
    s.words[gerund - 1] === "," &&
    // Parsers hang the comma on the source or on the gerund.
    lastOfSubtree(s, source) >= gerund - 2 &&
    lastOfSubtree(s, source) < gerund
  );
}

/** The organisation named as the subject of the sentence's speech verbs, when there is exactly one. */
function soleSpeakingOrganization(s: AnalyzedSentence, args: ArgumentResolver): Entity | undefined {
  const found = new Map<string, Entity>();
  for (let v = 0; v < s.words.length; v++) {
    if (s.upos[v] !== "VERB" || !speechVerbs.has(s.lemmas[v]!)) continue;
    for (const k of s.children[v] ?? []) {
      if (s.deprels[k] !== "nsubj") continue;
      const speaker = args.resolve(k, { asActor: true, concepts: "none" });
      if (speaker?.via === "name" && speaker.entity.type === "ORGANIZATION")
        found.set(speaker.entity.id, speaker.entity);
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/** "W.W. Grainger" and "W.W. Grainger Inc": one company, whatever the suffix; "Tate" of "Tate and Lyle". */
function sameCompany(a: string, b: string): boolean {
  const base = (name: string): string =>
    name
      .toLowerCase()
      .replace(/[.,]/g, "")
      .replace(/\s+(inc|corp|co|cos|ltd|plc)$/, "")
      .trim();
  const x = base(a);
  const y = base(b);
  // "Tate and Lyle Plc said … Tate": a name cut to the first word of the company it is part of.
  return (
    x === y || (y.length > 1 && x.startsWith(`${y} and `)) || (x.length > 1 && y.startsWith(`${x} and `))
  );
}

/** Records one fact unless it links an entity to itself or repeats one already found in the sentence. */
export type Add = (
  subject: Argument,
  object: Argument,
  predicate: string,
  relation: string,
  polarity: Polarity,
  modality: Modality,
  confidence: number,
  attribution: string | null,
) => void;

/**
 * "X said [Y was unacceptable]" is X CRITICIZED Y; "X told Reuters" is X TOLD Reuters; "X said [Y …]"
 * is X STATED Y. The complement's own facts are extracted at its verb, attributed to X.
 */
function statementTriples(
  s: AnalyzedSentence,
  v: number,
  subjects: Argument[],
  ctx: SentenceContext,
  add: Add,
  polarity: Polarity,
  modality: Modality,
  attribution: string | null,
  base: number,
): boolean {
  let any = false;
  const kids = s.children[v] ?? [];
  // "told a news conference Boliden would now become …": a parser that loses the complement's subject
  // makes it the hearer; the word right before a subjectless complement is its subject.
  const lost = new Set(
    kids.filter((k) =>
      kids.some(
        (c) =>
          (s.deprels[c] === "ccomp" || s.deprels[c] === "parataxis") &&
          c > k &&
          !hasSubject(s, c) &&
          !(s.children[c] ?? []).some((x) => s.deprels[x] === "mark") &&
          firstOfSubtree(s, c) === lastOfSubtree(s, k) + 1 &&
          // "told the annual meeting that a resolution passed by shareholders would …" hangs the clause's
          // subject inside the hearer's phrase; only a plain noun phrase is the lost subject.
          !(s.children[k] ?? []).some((x) => s.deprels[x]!.startsWith("acl")),
      ),
    ),
  );
  for (const c of kids) {
    const rel = s.deprels[c]!;
    if (lost.has(c)) continue;
    if ((rel === "iobj" || (rel === "obj" && hearerVerbs.has(s.lemmas[v]!))) && !laterObject(s, v, c)) {
      // "told the court", "told reporters": institutions are hearers too; vague nouns stay out.
      const hearer = ctx.args.resolve(c, { asActor: false, concepts: "actors" });
      if (hearer) {
        for (const subj of subjects)
          add(
            subj,
            hearer,
            predicateOf(s, v, undefined).name,
            phrase(s, [], v, []),
            polarity,
            modality,
            base,
            attribution,
          );
        any = true;
      }
    }
  }
  for (const c of [...kids, ...reportedHead(s, v)]) {
    // A clause the verb only follows leaves the verb's own objects ("he told a news conference") to them.
    const reported = c === s.heads[v];
    const rel = reported ? "ccomp" : s.deprels[c]!;
    if (rel !== "ccomp" && rel !== "parataxis") continue;
    // "Acme Corp, based in Dallas, said …": the apposed participle is no complement of "said".
    if (seatWord.test(s.words[c]!) && s.words[c - 1] === "," && c < v) continue;
    // "would be more important than intervention": a comparison judges neither side.
    const compared =
      /^(JJR|JJS)$/.test(s.xpos[c]!) ||
      (s.children[c] ?? []).some((k) => /^(more|less|most|least)$/i.test(s.words[k]!));
    const evaluation = compared
      ? undefined
      : (evaluativeAdjectives[s.lemmas[c]!] ?? evaluativeAdjectives[s.words[c]!.toLowerCase()]);
    // A parser that misses the complement's subject usually makes it the speech verb's object.
    const topicToken =
      (s.children[c] ?? []).find((k) => s.deprels[k]!.startsWith("nsubj")) ??
      (s.upos[c] !== "VERB" ? kids.find((k) => s.deprels[k] === "obj" && k < c) : undefined) ??
      kids.find((k) => /^i?obj$/.test(s.deprels[k]!) && lost.has(k));
    if (topicToken === undefined) continue;
    // "was disappointing", "were encouraging": taggers read these adjectives as participles after "be".
    const participleAdjective =
      s.xpos[c] === "VBG" &&
      (s.children[c] ?? []).some((k) => /^(aux|cop)$/.test(s.deprels[k]!) && s.lemmas[k] === "be");
    if (evaluation && (s.upos[c] !== "VERB" || participleAdjective)) {
      const target = ctx.args.resolve(topicToken, { asActor: true, concepts: "any" });
      // "said the outlook is good", "said the result was positive": a judgement of how things stand, not
      // praise of anyone's doing; only actors and what they do (talks, a plan, a policy) are praised.
      if (target && (target.entity.type !== "CONCEPT" || judgedDoing(s, topicToken))) {
        const relation = `${s.words[v]} ${complementPhrase(s, c)}`;
        const judged = negated(s, c) ? flip(polarity) : polarity;
        for (const subj of subjects)
          add(subj, target, evaluation, relation, judged, modality, base, attribution);
        any ||= !reported;
        continue;
      }
    }
    spokenTalksTriples(s, ctx, add, subjects, c, topicToken, attribution);
    for (const topic of statementTopics(s, c, topicToken, ctx, subjects)) {
      for (const subj of subjects)
        add(subj, topic, "STATED", phrase(s, [], v, []), polarity, modality, base - 0.1, attribution);
      any ||= !reported;
    }
  }
  return any;
}

/**
 * "The board is likely to vote on Monday, workers said": UD hangs a speech verb after the clause it reports
 * on that clause as `parataxis`, the reverse of the usual "said" with its complement. The clause is what
 * the speech verb reports when it heads the sentence and the verb has no complement of its own.
 */
function reportedHead(s: AnalyzedSentence, v: number): number[] {
  const head = s.heads[v]!;
  if (s.deprels[v] !== "parataxis" || head < 0 || head > v || s.heads[head] !== -1) return [];
  if ((s.children[v] ?? []).some((k) => /^(ccomp|parataxis)$/.test(s.deprels[k]!))) return [];
  return [head];
}

const nominalUses = new Set([
  "amod",
  "compound",
  "nmod",
  "nsubj",
  "obj",
  "iobj",
  "obl",
  "flat",
  "fixed",
  "det",
]);

/** What someone does or decides ("the talks", "their policy", "bank lending"), which praise or blame can be about. */
function judgedDoing(s: AnalyzedSentence, token: number): boolean {
  const word = s.words[token]!.toLowerCase();
  return (
    judgedDoings.has(s.lemmas[token]!) ||
    judgedDoings.has(word) ||
    (s.xpos[token] === "NN" && /[a-z]{3}ing$/.test(word))
  );
}

/** The copula, adverbs and the evaluative word of a complement: "was clearly unacceptable". */
function complementPhrase(s: AnalyzedSentence, head: number): string {
  const parts = (s.children[head] ?? [])
    .filter(
      (k) => s.deprels[k] === "cop" || s.deprels[k] === "advmod" || (s.deprels[k] === "aux" && k < head),
    )
    .concat([head])
    .sort((a, b) => a - b);
  return parts.map((k) => s.words[k]).join(" ");
}

interface ObjectSlot {
  token: number;
  prep: string | undefined;
  caseToken: number | undefined;
}

function objectsOf(s: AnalyzedSentence, v: number): ObjectSlot[] {
  const slots: ObjectSlot[] = [];
  const kids = s.children[v] ?? [];
  const passive = isPassive(s, v);
  // "were made by the European Investment Bank, the Islamic Development Bank and …": what follows a
  // passive's agent, or takes "by" itself, is more of the agent that the parser made an object.
  const agent = passive ? byPhrase(s, v) : undefined;
  if (isReducedPassive(s, v) || isHeadlessPassive(s, v))
    slots.push({ token: ledNoun(s, v) ?? s.heads[v]!, prep: undefined, caseToken: undefined });
  // "a 100 pct raise, which the seamen rejected": parsers make the fronted "which" a second subject.
  const subjects = kids.filter((k) => s.deprels[k] === "nsubj");
  if (
    !passive &&
    s.deprels[v] === "acl:relcl" &&
    subjects.length === 2 &&
    relativePronoun(s, subjects[0]!) &&
    subjects[0]! === firstOfSubtree(s, v)
  )
    slots.push({ token: s.heads[v]!, prep: undefined, caseToken: undefined });
  for (const k of kids) {
    const rel = s.deprels[k]!;
    // "fired artillery rounds aimed at a loudspeaker": what the object was aimed at is the verb's target too,
    // for verbs that send something at a target ("found counterfeits aimed at the U.S. market" does not).
    if (rel === "obj" && launchingVerbs.test(s.lemmas[v]!)) {
      for (const acl of s.children[k] ?? []) {
        if (s.deprels[acl] !== "acl" || !/^(aim|target|direct)$/.test(s.lemmas[acl]!)) continue;
        for (const target of s.children[acl] ?? []) {
          const caseToken = (s.children[target] ?? []).find((c) => s.deprels[c] === "case");
          const prep = caseToken === undefined ? undefined : s.words[caseToken]!.toLowerCase();
          // A target, not a circumstance: kept like a direct object, with the preposition in the relation.
          if (s.deprels[target] === "obl" && (prep === "at" || prep === "against"))
            slots.push({ token: target, prep: undefined, caseToken });
        }
      }
    }
    // "signed here yesterday by …": a time word the parser made the object is none.
    if ((rel === "obj" || rel === "iobj") && timeWord.test(s.words[k]!)) continue;
    if ((rel === "obj" || rel === "iobj") && relativePronoun(s, k) && s.deprels[v]!.startsWith("acl")) {
      // "the unit that Acme Corp bought": the relative pronoun stands for the noun the clause modifies.
      slots.push({ token: s.heads[v]!, prep: undefined, caseToken: undefined });
    } else if (rel === "obj" || rel === "iobj") {
      if (
        prepositionAsAdverb(s, k) ||
        afterthought(s, v, k) ||
        hasCase(s, k, "by") ||
        (agent !== undefined && k > agent) ||
        insideQuote(s, k)
      )
        continue;
      // "has a small stake in Standard and is its main customer": a conjunct with a copula is a predicate of
      // the subject, not a second object.
      for (const t of withConjuncts(s, k)) {
        if (t !== k && (s.children[t] ?? []).some((c) => s.deprels[c] === "cop")) continue;
        slots.push({ token: t, prep: undefined, caseToken: undefined });
      }
      const recipient = rel === "obj" ? strandedRecipient(s, v, k) : undefined;
      if (recipient !== undefined) {
        const caseToken = (s.children[recipient] ?? []).find((c) => s.deprels[c] === "case");
        slots.push({ token: recipient, prep: "to", caseToken });
      }
    } else if ((rel === "nsubj:pass" || rel === "nsubj") && passive) {
      for (const t of withConjuncts(s, k)) slots.push({ token: t, prep: undefined, caseToken: undefined });
    } else if (rel === "obl" || rel === "obl:arg") {
      const caseToken = (s.children[k] ?? []).find((c) => s.deprels[c] === "case");
      if (caseToken === undefined) continue;
      const prep = s.words[caseToken]!.toLowerCase();
      if (passive && prep === "by") continue;
      if (!participantPreps.has(prep)) continue;
      // "No new shares will be issued in connection with the listing …, Glaxo said": a phrase before "said"
      // belongs to the statement the parser hung on it, not to the saying.
      if (s.lemmas[v] === "say" && k < v) continue;
      if (prep === "on" && !kids.some((x) => s.deprels[x] === "obj") && !isVerbWithOn(s.lemmas[v]!)) continue;
      // "reflected hesitation from the Office of …" with the noun misparsed as an adverb: the phrase is the
      // noun's, not the verb's.
      const before = firstOfSubtree(s, k) - 1;
      if (s.upos[before] === "NOUN" && s.deprels[before] === "advmod" && s.heads[before] === v) continue;
      // "were speaking ahead of a discussion", "met instead of the board": "of" ends a preposition of its own.
      if (prep === "of" && /^(ahead|instead|because|regardless|irrespective)$/i.test(s.words[before] ?? ""))
        continue;
      // "launched services from Frankfurt to Washington": from one place to another is a route, not a source.
      if (prep === "from" && (hasToPhrase(s, v) || hasToPhrase(s, k))) continue;
      // "will cut its trade surplus with the U.S." with the phrase hung on the verb: still the balance's.
      if (prep === "with" && kids.some((x) => s.deprels[x] === "obj" && balanceNouns.has(s.lemmas[x]!)))
        continue;
      for (const t of withConjuncts(s, k)) slots.push({ token: t, prep, caseToken });
    }
  }
  return slots;
}

/**
 * The predicate of verb `v` for one of its objects, where the object changes the verb's sense from the
 * vocabulary's `name`:
 * - "to meet growth plans": meeting a target is no meeting ("met with Bird representatives" and "met the
 *   new envoy" are meetings all the same);
 * - "discussed the stock market fall": talking about a thing is no negotiation with anyone;
 * - "is claiming full repayment", "claimed responsibility": claiming a thing is demanding it, not saying it;
 *   with a clause after the object the parser has split what was claimed ("claimed producer support … was
 *   gaining momentum"), which stays a statement;
 * - "asked about the stock rise", "asked whether …": a question, not an appeal.
 */
function objectPredicate(s: AnalyzedSentence, v: number, o: ObjectSlot, arg: Argument, name: string): string {
  const lemma = s.lemmas[v]!;
  const concept = arg.via === "concept";
  if (name === "MET" && concept && o.prep === undefined && goalWords.test(s.words[o.token]!))
    return "FULFILLED";
  if (name === "NEGOTIATED" && lemma === "discuss" && concept) return "DISCUSSED";
  // "have struck agreement with commercial banks": one strikes a deal, not at it, when no partner is named.
  if (name === "ATTACKED" && lemma === "strike" && o.prep === undefined && dealWords.test(s.words[o.token]!))
    return "AGREED";
  const clauseAfter = (s.children[v] ?? []).some(
    (k) => k > o.token && /^(ccomp|advcl|parataxis|xcomp)$/.test(s.deprels[k]!),
  );
  if (lemma === "claim" && o.prep === undefined && !clauseAfter) return "CLAIMED";
  if (lemma === "ask" && inquiry(s, v)) return "ASKED";
  return name;
}

/** What one strikes when one agrees: "struck a deal", "struck agreement". */
const dealWords = /^(agreements?|deals?|accords?|bargains?|compromises?|pacts?)$/i;

/** "was asked by a reporter whether …", "asked about the stock rise": a question, not an appeal. */
function inquiry(s: AnalyzedSentence, v: number): boolean {
  return (s.children[v] ?? []).some(
    (k) =>
      (s.deprels[k] === "obl" && hasCase(s, k, "about")) ||
      (/^(ccomp|advcl)$/.test(s.deprels[k]!) && isQuestion(s, k)),
  );
}

/** Whether clause `v` is marked as a question: "(asked) whether …", "(asked) if he thought …". */
function isQuestion(s: AnalyzedSentence, v: number): boolean {
  return (s.children[v] ?? []).some((k) => s.deprels[k] === "mark" && /^(if|whether)$/i.test(s.words[k]!));
}

/** Whether word `x` has a "to" phrase of its own: with a "from" phrase, a route from one place to another. */
function hasToPhrase(s: AnalyzedSentence, x: number): boolean {
  return (s.children[x] ?? []).some((c) => /^(obl|nmod)$/.test(s.deprels[c]!) && hasCase(s, c, "to"));
}

/**
 * "is planning to finance European expansion …, another major reason for its capital increase": a noun
 * phrase after a comma, once the verb has its complement, sums up what came before; the parser's object is
 * none.
 */
function afterthought(s: AnalyzedSentence, v: number, obj: number): boolean {
  const first = firstOfSubtree(s, obj);
  if (first <= v || s.words[first - 1] !== ",") return false;
  // A list goes on ("25 Zayre Stores, 35 new T.J. Maxx stores and 50 Hit or Miss Shops") and a name names
  // what came before ("its handgun business, Starcraft Recreational Products Ltd"): only a described thing
  // ("another major reason …") sums up.
  if (s.xpos[first] !== "DT" || s.upos[obj] !== "NOUN") return false;
  const kids = s.children[v] ?? [];
  if ((s.children[obj] ?? []).some((k) => s.deprels[k] === "cc" || s.deprels[k] === "conj")) return false;
  if (kids.some((k) => k > obj && /^(obj|conj)$/.test(s.deprels[k]!))) return false;
  return kids.some((k) => k > v && k < first && /^(obj|xcomp|ccomp)$/.test(s.deprels[k]!));
}

/**
 * "collapsed in disagreement over buffer stock operations" with "over" read as an adverb of the noun: a
 * prepositional phrase, not an object. "over 700 people", "about 5 mln shares" count amounts and stay.
 */
function prepositionAsAdverb(s: AnalyzedSentence, obj: number): boolean {
  const first = firstOfSubtree(s, obj);
  return (
    s.deprels[first] === "advmod" &&
    /^(over|about|around|under|across|through)$/i.test(s.words[first]!) &&
    !s.words
      .slice(first + 1, obj)
      .some((w, i) => s.upos[first + 1 + i] === "NUM" || /^(half|third|quarter|dozens?|hundreds?)$/i.test(w))
  );
}

/**
 * "declined" → "declin", "underwritten" → "underwritte": the lemmatizer's suffix rules drop a silent e
 * that some verbs need. A verb lemma known only with the e (to the vocabulary or the irregular verbs) gets
 * it back, so "declined to give" is read as a refusal.
 */
function withKnownVerbLemmas(s: AnalyzedSentence): AnalyzedSentence {
  const known = (l: string): boolean =>
    relationVocabulary[l] !== undefined ||
    chainModality[l] !== undefined ||
    speechVerbs.has(l) ||
    objectControl.has(l) ||
    isIrregularVerb(l);
  let lemmas: string[] | undefined;
  s.lemmas.forEach((l, i) => {
    // "rang the closing bell": the suffix rules make "range" of it, a word of its own.
    const irregularLemma = /^VB[DP]?$/.test(s.xpos[i]!) ? irregularPastLemma(s.words[i]!) : undefined;
    if (s.upos[i] === "VERB" && irregularLemma !== undefined && irregularLemma !== l) {
      lemmas ??= [...s.lemmas];
      lemmas[i] = irregularLemma;
      return;
    }
    if (s.upos[i] !== "VERB" || known(l)) return;
    // "underwritten" → "underwritte": a doubled consonant before the cut e.
    const fixed = [`${l}e`, l.replace(/([bdgmnprt])\1e?$/, "$1e")].find((c) => c !== l && known(c));
    if (fixed === undefined) return;
    lemmas ??= [...s.lemmas];
    lemmas[i] = fixed;
  });
  return lemmas ? { ...s, lemmas } : s;
}

/** Verbs whose passive subject receives the object: "Boeing has been awarded a contract". */
const givingVerbs = new Set([
  "award",
  "grant",
  "give",
  "offer",
  "pay",
  "send",
  "lend",
  "promise",
  "allocate",
  "assign",
  "hand",
]);

/** The recipient and the thing of a giving verb's passive without an agent. */
function recipientOf(
  s: AnalyzedSentence,
  v: number,
  args: ArgumentResolver,
): { recipient: Argument; thing: Argument } | undefined {
  const gift = reducedGift(s, v);
  if (!givingVerbs.has(s.lemmas[v]!) || !(isPassive(s, v) || gift)) return undefined;
  const kids = s.children[v] ?? [];
  const subject = gift
    ? s.heads[v]!
    : kids.find((k) => s.deprels[k] === "nsubj:pass" || s.deprels[k] === "nsubj");
  const object = kids.find((k) => s.deprels[k] === "obj");
  if (subject === undefined || object === undefined) return undefined;
  const recipient = args.resolve(subject, { asActor: true, concepts: "actors" });
  const thing = args.resolve(object, { asActor: false, concepts: "any" });
  return recipient && thing ? { recipient, thing } : undefined;
}

/**
 * "56 investment advisory companies granted Japanese government approval": a participle of giving with an
 * object of its own, hung on a noun without subject or auxiliary, is a reduced passive whose noun received
 * the object (not "companies GRANTED approval").
 */
function reducedGift(s: AnalyzedSentence, v: number): boolean {
  if (!givingVerbs.has(s.lemmas[v]!) || !s.deprels[v]!.startsWith("acl") || s.xpos[v] !== "VBN") return false;
  // Only a noun inside a prepositional phrase: "said an investor group paid 500,000 dlrs" has its verb in
  // the past tense, which the tagger reads as a participle as often.
  const head = s.heads[v]!;
  if (!/^(NOUN|PROPN)$/.test(s.upos[head] ?? "") || !/^(obl|nmod)/.test(s.deprels[head] ?? "")) return false;
  const kids = s.children[v] ?? [];
  return kids.some((k) => s.deprels[k] === "obj") && !kids.some((k) => /^(nsubj|aux)/.test(s.deprels[k]!));
}

function isVerbWithOn(lemma: string): boolean {
  return [
    "work",
    "agree",
    "focus",
    "insist",
    "impose",
    "call",
    "rely",
    "depend",
    "comment",
    "vote",
    "act",
    "decide",
    "elaborate",
    "spy",
    "fire",
    "crack",
  ].includes(lemma);
}

/**
 * "a combined Purolator and Emery": a name after "combined" or "merged", or after "and" following such a
 * name. Read by words, since parsers split names joined this way in many different ways.
 */
function isGraded(s: AnalyzedSentence, noun: number): boolean {
  return (s.children[noun] ?? []).some(
    (k) =>
      (s.deprels[k] === "amod" && s.xpos[k] === "JJS") ||
      (/^det/.test(s.deprels[k]!) && /^(all|every|both)$/i.test(s.words[k]!)),
  );
}

/** Terms of a deal, which lay down what they "call for" rather than urge it: the agreement, the plan. */
const stipulatingNouns = new Set([
  "agreement",
  "accord",
  "pact",
  "plan",
  "proposal",
  "contract",
  "deal",
  "bill",
  "budget",
  "program",
  "programme",
  "scheme",
  "package",
  "settlement",
  "treaty",
  "law",
  "legislation",
  "arrangement",
  "offer",
  "merger",
  "transaction",
  "restructuring",
  "reorganization",
  "terms",
]);

/** "the agreement calls for payments": a document that calls for something lays it down; it urges no one. */
function stipulates(s: AnalyzedSentence, subject: Argument): boolean {
  return subject.via === "concept" && stipulatingNouns.has(s.words[subject.token]!.toLowerCase());
}

function overBenchmark(s: AnalyzedSentence, over: number): boolean {
  return (
    s.upos[over - 1] === "NUM" || /^(pct|percent|%|points?|cents?|cts|basis)$/i.test(s.words[over - 1] ?? "")
  );
}

/**
 * The named entities a common-noun object belongs to or is aimed at: its proper-noun possessor, for a verb
 * aimed at what the possessor has or does ("welcomed Norway's move"; `possessorTargetVerbs`), and its
 * prepositional phrases of participants ("a response from Taft Broadcasting", "their lead over Labour").
 * Only names: "the slow-down in lending" or "its cover" say nothing about whom.
 */
function namedOwners(
  s: AnalyzedSentence,
  v: number,
  obj: number,
  args: ArgumentResolver,
): { arg: Argument; caseToken: number | undefined }[] {
  const out: { arg: Argument; caseToken: number | undefined }[] = [];
  for (const k of s.children[obj] ?? []) {
    const rel = s.deprels[k]!;
    let caseToken: number | undefined;
    if (rel === "nmod:poss") {
      if (s.upos[k] !== "PROPN" || !possessorTargetVerbs.has(s.lemmas[v]!)) continue;
    } else if (rel === "nmod") {
      caseToken = (s.children[k] ?? []).find((c) => s.deprels[c] === "case");
      const prep = caseToken === undefined ? undefined : s.words[caseToken]!.toLowerCase();
      if (prep === undefined || !participantPreps.has(prep)) continue;
      if (prep === "over" && overBenchmark(s, caseToken!)) continue;
      // "requested a response from Taft" is asking Taft; "reflected hesitation from the budget office" is not
      // reflecting anything at it.
      if (prep === "from" && !sourceVerbs.has(s.lemmas[v]!)) continue;
      // "would buy a round trip from the U.S. to London": from one place to another is a route, not a seller.
      if (prep === "from" && (hasToPhrase(s, k) || hasToPhrase(s, obj))) continue;
      // "completed the sale of its unit to GLI Holdings", "completed a trip to France": the noun's goal is
      // where the act went, not what the verb did anything to.
      if (prep === "to" && transactionNouns.has(s.lemmas[obj]!)) continue;
      if (prep === "with" && balanceNouns.has(s.lemmas[obj]!)) continue;
    } else continue;
    // "for five mln dlrs and Intercon founders Brian Legge": a conjunct counts only after a named head, and
    // only of the head's kind ("Benefit Plan Services Inc, Maryland Heights, Mo." is a company's address).
    const first = out.length;
    for (const t of withConjuncts(s, k)) {
      // The word itself must be part of the name: "six mln dlrs" is no one, whatever an apposition says.
      const arg = args.insideName(t) ? args.resolve(t, { asActor: false, concepts: "none" }) : undefined;
      if (!arg || arg.via !== "name") break;
      if (out.length > first && arg.entity.type !== out[first]!.arg.entity.type) break;
      // "the Lyons-based units": a name before "-based" or "-owned" only says where or whose.
      if (s.words[t + 1] === "-" && /^\p{Ll}/u.test(s.words[t + 2] ?? "")) break;
      // "Marathon's posted price": a name that swallowed its possessive is the tagger's, not the owner's.
      if (rel === "nmod:poss" && /['’]s?$/.test(arg.entity.name)) break;
      out.push({ arg, caseToken });
    }
  }
  return out;
}

interface LightObject {
  predicate: string;
  noun: number;
  nounModifiers: number[];
  target: number;
  caseToken: number;
}

/** "held a phone call with Trump": the event noun decides the predicate, its with-phrase the object. */
function lightVerbObject(s: AnalyzedSentence, v: number, obj: number): LightObject | undefined {
  if (!lightVerbs.has(s.lemmas[v]!)) return undefined;
  const kids = s.children[obj] ?? [];
  const compounds = kids.filter((k) => s.deprels[k] === "compound" && k < obj);
  const noun = [...compounds.map((k) => s.words[k]!.toLowerCase()), s.words[obj]!.toLowerCase()].join(" ");
  const predicate = eventNouns[noun] ?? eventNouns[s.words[obj]!.toLowerCase()];
  if (!predicate) return undefined;
  // "reached agreement with X": the parser may hang the "with" phrase on the noun or on the verb.
  const verbObliques = (s.children[v] ?? []).filter((k) => s.deprels[k] === "obl" && k > obj);
  for (const k of [...kids, ...verbObliques]) {
    if (s.deprels[k] !== "nmod" && !verbObliques.includes(k)) continue;
    const caseToken = (s.children[k] ?? []).find((c) => s.deprels[c] === "case");
    if (caseToken === undefined) continue;
    const prep = s.words[caseToken]!.toLowerCase();
    const nounPrep = prep === "to" || prep === "on";
    // "made an offer to Egypt": what is offered or pledged goes to its to-phrase wherever the parser hangs it.
    const recipient = prep === "to" && /^(OFFERED|PROPOSED|URGED|PLEDGED)$/.test(predicate);
    if (
      prep === "with" ||
      prep === "between" ||
      prep === "against" ||
      recipient ||
      (nounPrep && s.deprels[k] === "nmod")
    ) {
      const det = kids.filter((x) => (s.deprels[x] === "det" || s.deprels[x] === "amod") && x < obj);
      // "a wheat export offer": the compound's own modifiers too.
      const inner = compounds.flatMap((c) => subtreeTokens(s, c));
      return { predicate, noun: obj, nounModifiers: [...new Set([...det, ...inner])], target: k, caseToken };
    }
  }
  return undefined;
}

/** An object "it" the entity rules left unresolved, as the one thing its sentence named before its clause. */
function takenUp(s: AnalyzedSentence, token: number, v: number, ctx: SentenceContext): Argument | undefined {
  const antecedent = objectItAntecedent(s, token, v);
  const arg =
    antecedent === undefined ? undefined : ctx.args.resolve(antecedent, { asActor: false, concepts: "any" });
  return arg ? { ...arg, via: "pronoun", token } : undefined;
}

function penalty(subject: Argument, object: Argument): number {
  const cost = { name: 0, proxy: 0.05, description: 0.1, pronoun: 0.1, concept: 0.1 };
  return cost[subject.via] + cost[object.via];
}

/** A determiner on `noun` other than `except`, or an "a" right before it ("a little progress", "the little guy"). */
function determinedBesides(s: AnalyzedSentence, noun: number, except: number): boolean {
  return (
    (s.children[noun] ?? []).some((k) => k !== except && s.deprels[k] === "det") ||
    /^an?$/i.test(s.words[except - 1] ?? "")
  );
}

/**
 * "an offering of common shares through underwriters led by Robinson-Humphrey": the parser hangs "led" on
 * the shares, but what is led, managed or headed is the group right before it.
 */
function ledNoun(s: AnalyzedSentence, v: number): number | undefined {
  if (!/^(lead|manage|co-manage|head)$/.test(s.lemmas[v]!) || s.upos[v - 1] !== "NOUN") return undefined;
  for (let k = v - 1; k >= 0; k = s.heads[k]!) if (k === s.heads[v]) return v - 1;
  return undefined;
}

/**
 * "told Kuwait's daily al-Anba "All OPEC states … are producing …"": a quotation opening right after a noun
 * of the object's phrase, before a determiner or a capital, is what was said, not more of the object.
 */
function insideQuote(s: AnalyzedSentence, obj: number): boolean {
  for (let q = firstOfSubtree(s, obj) + 1; q < obj; q++) {
    if (!isQuoteMark(s.words[q]!)) continue;
    if (
      /^(NOUN|PROPN)$/.test(s.upos[q - 1]!) &&
      (s.upos[q + 1] === "DET" || /^\p{Lu}/u.test(s.words[q + 1]!))
    )
      return true;
  }
  return false;
}

/** Words of a toll: "leaving 220 men killed and many wounded", "left 20 people dead". */
const tollWords = /^(kill|wound|injure|dead|homeless|strand|maim|missing)$/;

/**
 * "Iranian troops fled the battlefield, leaving 220 men killed" gave Iran LEFT men: the people a toll leaves
 * dead or wounded are counted, not left by anyone.
 */
function casualtiesLeft(s: AnalyzedSentence, v: number, obj: number): boolean {
  if (s.lemmas[v] !== "leave") return false;
  const states = [
    ...(s.children[obj] ?? []).filter((k) => /^(acl|amod)$/.test(s.deprels[k]!) && k > obj),
    ...(s.children[v] ?? []).filter((k) => s.deprels[k] === "xcomp"),
  ];
  return states.some((k) => tollWords.test(s.lemmas[k]!));
}

/**
 * "told reporters his group … supported" parsed with "group" a second object of "told": a bare object after
 * another is what was told (the reported clause's subject), not a second hearer — unless it is a name right
 * after the first one's words, which names it ("told the news agency Telam").
 */
function laterObject(s: AnalyzedSentence, v: number, obj: number): boolean {
  return (s.children[v] ?? []).some(
    (k) =>
      k < obj &&
      /^(obj|iobj)$/.test(s.deprels[k]!) &&
      !(s.upos[obj] === "PROPN" && firstOfSubtree(s, obj) === lastOfSubtree(s, k) + 1),
  );
}
