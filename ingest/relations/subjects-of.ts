import { isQuoteMark } from "../nlp/is-quote-mark";
import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import type { ArgumentResolver, Argument } from "./argument-resolver";
import { byPhrase, casualtyVerbs, hasCase } from "./argument-resolver";
import { isPossessive, isTitleWord } from "../entities/find-mentions";
import { tellerBefore } from "../entities/teller-before";
import { roleTitles } from "../entities/role-titles";
import { isPassive, strandedAgent, timeWord } from "./passive-voice";
import { firstConjunct, firstOfSubtree, hasSubject, lastOfSubtree, subtreeTokens } from "./subtree";
import { seatOf } from "./located-in";
import { isSpeakerConjunct, named, namedOrActors, resolveAll, withConjuncts } from "./with-conjuncts";
import {
  intentNouns,
  objectControl,
  prepositionalGerunds,
  reciprocalNouns,
  speechVerbs,
} from "./relation-vocabulary";

/** "help them import": the object does what follows, and helping stays a fact of its own. */
const enablingVerbs = new Set(["help", "enable", "assist"]);

const holdingVerbs = new Set([
  "have",
  "hold",
  "own",
  "retain",
  "keep",
  "exercise",
  "get",
  "receive",
  "obtain",
  "acquire",
  "buy",
  "purchase",
]);

const receivingVerbs = new Set(["receive", "get", "obtain", "win", "secure", "gain"]);

/** What lets the receiver act itself (lemmas): "won approval to build", "will get grants to develop". */
const leaveNouns = new Set([
  "approval",
  "permission",
  "authorization",
  "authorisation",
  "authority",
  "clearance",
  "licence",
  "license",
  "permit",
  "mandate",
  "right",
  "go-ahead",
  "consent",
  "chance",
  "opportunity",
  "money",
  "fund",
  "financing",
  "loan",
  "credit",
  "grant",
  "aid",
  "assistance",
  "subsidy",
  "cash",
  "capital",
]);

/**
 * Verbs that judge their object for what it did: "congratulated Wright for proposing tax increases". The
 * gerund after "for" or "of" is the object's act; after a verb of blame it is only the blamer's charge.
 */
const praiseVerbs = new Set([
  "congratulate",
  "praise",
  "thank",
  "commend",
  "credit",
  "reward",
  "applaud",
  "hail",
]);

const blameVerbs = new Set([
  "criticize",
  "criticise",
  "blame",
  "fault",
  "condemn",
  "accuse",
  "attack",
  "rebuke",
  "reprimand",
  "punish",
  "fine",
  "sue",
  "penalize",
  "penalise",
  "censure",
  "chastise",
  "denounce",
]);

/** Verbs whose object does what the infinitive after it says ("caused a crane to fall"). */
const causeVerbs = new Set([
  ...[...objectControl].filter((v) => v !== "want"),
  ...enablingVerbs,
  "cause",
  "prompt",
  "compel",
  "require",
  "permit",
]);

/** Verbs of spending: "will use 30 mln dlrs of the proceeds to buy …" buys with what is used. */
const purposeVerbs = new Set(["use", "spend", "borrow", "raise", "allocate", "earmark", "invest"]);

/** Who does the action: the subject, the agent of a passive, or the controller of an infinitive. */
export function subjectsOf(s: AnalyzedSentence, v: number, args: ArgumentResolver, depth = 0): Argument[] {
  if (depth > 4) return [];
  const kids = s.children[v] ?? [];
  const agent = byPhrase(s, v) ?? adverbialAgent(s, v);
  const passive = isPassive(s, v);
  // Parsers sometimes leave a fronted subject as vocative or dislocated ("Putin, after …, had spurned").
  const subjectToken = passive
    ? (agent ?? strandedAgent(s, v))
    : (nearestSubject(s, v, kids) ??
      kids.find((k) => k < v && (s.deprels[k] === "vocative" || s.deprels[k] === "dislocated")) ??
      strandedSpeaker(s, v));
  if (subjectToken !== undefined) {
    // "VBI Corp told the Securities and Exchange Commission it raised …": a parser that makes part of the
    // name told the subject of what follows has lost the "it"; the teller is meant.
    const teller = passive ? undefined : tellerBefore(s, args.nameStart(subjectToken));
    if (teller !== undefined) return named(subjectsOf(s, teller, args, depth + 1));
    // "PC World's analysis of its traffic concluded …": who speaks through a report is its named author.
    const author = reportAuthor(s, v, subjectToken, args);
    if (author) return [author];
    const rel = (s.children[v] ?? []).find((k) => s.deprels[k] === "nsubj") ?? subjectToken;
    // "a raise, which the seamen rejected": with a subject of its own, the clause's "which" is its object.
    if (
      /^(which|who|that)$/i.test(s.words[rel]!) &&
      s.deprels[v]?.startsWith("acl") &&
      subjectToken === rel
    ) {
      return resolveAll(s, [stateAfterCity(s, s.heads[v]!, args) ?? thingBefore(s, rel, s.heads[v]!)], args);
    }
    // "a combined Purolator and Emery would rival …": the merged pair does it, neither company alone.
    if (isCombination(s, args.nameStart(subjectToken))) return [];
    // A clause's own subject may be any noun phrase with a determiner ("a storm caused …", "the strike has
    // cut …"); a bare noun is more often a parse error ("Questions" of "Prime Minister's Questions"). A
    // named person's kin is someone too ("Thomas' sister pleaded with him").
    const determined =
      (s.children[subjectToken] ?? []).some((k) => /^(det|nummod)$/.test(s.deprels[k]!)) ||
      namedKin(s, subjectToken);
    return resolveAll(s, withConjuncts(s, subjectToken), args, determined ? "any" : "actors");
  }
  if (passive) return [];
  const gov = s.heads[v]!;
  if (gov < 0) return strandedSubject(s, v, args);
  const rel = s.deprels[v]!;
  // "Twitter gave Mohamed the option to come": a name the tagger read as a verb governs nothing.
  if (rel === "xcomp" && args.insideName(gov)) return [];
  // "will renegotiate the contract … after recent tests indicated …" with "indicated" made an xcomp: a
  // controlled complement is never finite, so a finite one is a misparse whose subject is someone else's.
  if (
    rel === "xcomp" &&
    /^(VBD|VBZ)$/.test(s.xpos[v]!) &&
    !(s.children[v] ?? []).some((k) => s.deprels[k]!.startsWith("aux"))
  )
    return [];
  // "is asking financial institutions to limit dealings" with the infinitive hung as an adverbial clause:
  // right after the object of a verb of asking or ordering, it is still what the object is to do.
  if (rel === "advcl" && s.xpos[v] === "VB" && objectControl.has(s.lemmas[gov]!)) {
    const to = firstOfSubtree(s, v);
    // "asks to the regional government to assure …": the one asked may stand in a "to" phrase.
    const object = (s.children[gov] ?? []).find(
      (k) =>
        (s.deprels[k] === "obj" || (s.deprels[k] === "obl" && hasCase(s, k, "to"))) &&
        lastOfSubtree(s, k) === to - 1,
    );
    if (object !== undefined && /^to$/i.test(s.words[to]!)) return resolveAll(s, [object], args);
  }
  if (rel === "xcomp") {
    const controller = (s.children[gov] ?? []).find((k) => s.deprels[k] === "obj" || s.deprels[k] === "iobj");
    if (controller !== undefined && (objectControl.has(s.lemmas[gov]!) || enablingVerbs.has(s.lemmas[gov]!)))
      return resolveAll(s, [controller], args);
    // "has received irrevocable undertakings to accept the offer": what was received is someone else's act,
    // unless it is leave to act ("received approval to build a plant").
    // A sum ("will get 104.65 mln stg as grants to develop …") is means to act, as a loan is.
    const sum =
      controller !== undefined && (s.children[controller] ?? []).some((k) => s.deprels[k] === "nummod");
    if (
      receivingVerbs.has(s.lemmas[gov]!) &&
      controller !== undefined &&
      !sum &&
      !leaveNouns.has(s.lemmas[controller]!)
    )
      return [];
    // "The central bank proposed lifting …": a controlled verb's subject is its governor's, and an
    // institution or a group of people is subject enough ("the agreement would have to have" is not).
    return namedOrActors(s, subjectsOf(s, gov, args, depth + 1));
  }
  // "X said the decision by Y to end …": an infinitive hung on a speech verb is a misparse whose doer is
  // someone else far more often than the speaker.
  // So is an unmarked one ("said its Newport News subsidiary has completed …"), whose subject the parser lost.
  const marks = (s.children[v] ?? []).filter((k) => s.deprels[k] === "mark");
  const infinitive = marks.some((k) => s.words[k] === "to");
  // "will issue its shareholders a special dividend right to acquire 22 shares": a right, option or warrant to
  // act is its holder's to use, not its issuer's; only "has the right to" gives it to the subject.
  const to = marks.find((k) => s.words[k] === "to");
  if (
    to !== undefined &&
    /^(rights?|options?|warrants?)$/i.test(s.words[to - 1] ?? "") &&
    !holdingVerbs.has(s.lemmas[gov] ?? "")
  )
    return [];
  // "was commenting on Friday's agreement to lower the margin" with "to lower" hung on "commenting": an
  // infinitive right after a noun of deciding or agreeing inside a speech verb's prepositional phrase is
  // that noun's, and the commenter is not the one who lowers ("cut rates in an effort to keep …" is).
  if (
    rel === "advcl" &&
    to !== undefined &&
    (speechVerbs.has(s.lemmas[gov]!) || s.lemmas[gov] === "comment") &&
    framedIntent(s, to - 1, gov)
  )
    return [];
  // "Britain had very little to gain from a rise": what one has little or nothing to do is not done.
  if (/^(little|nothing)$/i.test(s.words[gov]!) && to !== undefined) return [];
  // "Under questioning by Kemp, Shultz said": the subject undergoes the act, it does not do it.
  if (marks.some((k) => /^under$/i.test(s.words[k]!))) return [];
  if (rel === "advcl" && (infinitive || marks.length === 0) && speechVerbs.has(s.lemmas[gov]!)) return [];
  // "'By requiring card issuers to disclose …, the legislation is intended …,' Dodd said": a clause inside
  // the quotation that the parser hung on the speech verb outside it is the quotation's, not the speaker's act.
  if (rel === "advcl" && speechVerbs.has(s.lemmas[gov]!) && acrossQuote(s, v, gov)) return [];
  // "The State Department said John Kerry, the Secretary of State, contacted …": a parser that makes the
  // name the object of "said" and the verb its conjunct has lost the complement's subject; "said" takes
  // no person as its object.
  if (rel === "conj" && s.lemmas[gov] === "say") {
    const said = (s.children[gov] ?? []).find((k) => s.deprels[k] === "obj" && k < v);
    const doer = said === undefined ? undefined : args.resolve(said, { asActor: true, concepts: "none" });
    if (doer?.via === "name") return [doer];
  }
  // "the Bank's decision not to offer stock next week reflects …" with "reflects" hung on "offer": an
  // adverbial clause with a finite verb and no subordinator is a misparse, not a clause sharing a subject.
  if (rel === "advcl" && marks.length === 0 && /^(VBZ|VBD|VBP)$/.test(s.xpos[v]!)) return [];
  // "criticized Japan for failing to open its markets": the gerund is what the object did, or is charged with.
  const judged = judgedObject(s, v, gov, marks);
  if (judged !== undefined) return judged === null ? [] : namedOrActors(s, resolveAll(s, [judged], args));
  // Inherited subjects must be named: a common noun carried across clauses is too often the wrong one.
  // "A storm caused a crane to fall, killing 107": a casualty clause set off after the main one counts the
  // main subject's toll, whatever noun it is.
  if (rel === "advcl" && casualtyClause(s, v)) return subjectsOf(s, gov, args, depth + 1);
  // "would release an opinion poll tonight showing the parties running level": a gerund right after the
  // object, not set off by a comma, says what the object does ("spent two years studying it" excepted).
  const modified = rel === "advcl" && marks.length === 0 ? objectBefore(s, v, gov) : undefined;
  // "touring the country promoting his autobiography": a place visited does not act.
  const doers = modified === undefined ? [] : resolveAll(s, [modified], args);
  if (modified !== undefined && !doers.some((a) => a.entity.type === "PLACE")) return namedOrActors(s, doers);
  if (rel === "conj" || rel === "advcl") return named(subjectsOf(s, gov, args, depth + 1));
  // "The government, worried that …, last month sent a report": a parser that reads the set-off participle
  // as the main verb hangs the real one on it; the participle's subject is the sentence's.
  // Its own subject, not its agent: "The bond, guaranteed by the state, will carry warrants" is the bond's.
  if (rel === "parataxis" && setOffParticiple(s, gov, v)) {
    const subject = (s.children[gov] ?? []).find((k) => s.deprels[k] === "nsubj")!;
    const determined = (s.children[subject] ?? []).some((k) => /^(det|nummod)$/.test(s.deprels[k]!));
    return resolveAll(s, withConjuncts(s, subject), args, determined ? "any" : "actors");
  }
  // "caused a crane to fall", "asked the bank to lend": an infinitive the parser hung on the object of a
  // verb of causing or asking is what that object does.
  if (
    rel === "acl" &&
    infinitive &&
    s.deprels[gov] === "obj" &&
    causeVerbs.has(s.lemmas[s.heads[gov]!] ?? "")
  ) {
    const determined = (s.children[gov] ?? []).some((k) => s.deprels[k] === "det");
    return resolveAll(s, [gov], args, determined ? "any" : "actors");
  }
  // "will use about 30 mln dlrs of the proceeds to buy …": an infinitive the parser hung on what a verb of
  // spending spends (or on its "of" phrase) is the spending's purpose, done by the spender.
  if (rel === "acl" && infinitive) {
    let spent = gov;
    while (s.deprels[spent] === "nmod" && hasCase(s, spent, "of")) spent = s.heads[spent]!;
    const spender = s.heads[spent]!;
    if (s.deprels[spent] === "obj" && purposeVerbs.has(s.lemmas[spender] ?? ""))
      return namedOrActors(s, subjectsOf(s, spender, args, depth + 1));
  }
  // "The President took action to allow the team in", "made an effort to cut costs": an infinitive hung on
  // the noun of acting that "take" or "make" governs is done by their subject.
  const actor = s.heads[gov]!;
  if (
    rel === "acl" &&
    infinitive &&
    s.deprels[gov] === "obj" &&
    actingNouns.has(s.lemmas[gov]!) &&
    /^(take|make)$/.test(s.lemmas[actor] ?? "") &&
    // Its own subject: "commended Indonesia for having taken steps to adjust" is not the group adjusting.
    hasSubject(s, actor)
  )
    return namedOrActors(s, subjectsOf(s, actor, args, depth + 1));
  // "Sunak's effort to clear …": the possessor, when a name; "its plan to …" and "the company's plan to …"
  // are too often resolved to the wrong company.
  const possessor =
    rel === "acl" && infinitive && intentNouns[s.lemmas[gov]!] !== undefined
      ? (s.children[gov] ?? []).find((k) => s.deprels[k] === "nmod:poss" && s.upos[k] === "PROPN")
      : undefined;
  const owner =
    possessor === undefined ? undefined : args.resolve(possessor, { asActor: true, concepts: "none" });
  if (owner && owner.via !== "pronoun") return [owner];
  // "The central bank and finance ministry proposed lifting …" parsed as a verbless noun phrase: a
  // participle with an object or a complement, hung on the last conjunct of a root noun, is the sentence's
  // verb and the whole coordination its subject.
  if (rel === "acl" && marks.length === 0 && /^VB[ND]$/.test(s.xpos[v]!)) {
    const first = firstConjunct(s, gov);
    const complemented = (s.children[v] ?? []).some((k) => /^(obj|xcomp|ccomp)$/.test(s.deprels[k]!));
    if (complemented && !agent && s.heads[first] === -1 && /^(NOUN|PROPN)$/.test(s.upos[first]!))
      return resolveAll(s, withConjuncts(s, first), args, "any");
  }
  // "filed a registration statement with the Securities and Exchange Commission covering its offering": a
  // participle hung on the party named in a "with" phrase describes what was filed or signed with it. Set
  // off by a comma, "with" opens a clause of its own: ", with the Philippines joining Brazil".
  const withWord = (s.children[gov] ?? []).find(
    (k) => s.deprels[k] === "case" && /^with$/i.test(s.words[k]!),
  );
  if (
    rel === "acl" &&
    withWord !== undefined &&
    s.words[withWord - 1] !== "," &&
    args.resolve(gov, { asActor: true, concepts: "none" })?.via === "name"
  )
    return [];
  // "a report showing …": the noun does what its participle says — unless a subordinator ("after
  // forecasting") shows an adverbial clause the parser hung on the wrong word.
  if (rel === "acl" && marks.length === 0 && (s.upos[gov] === "PROPN" || s.upos[gov] === "NOUN"))
    return resolveAll(s, [gov], args);
  return [];
}

const agreementNouns = new Set([...Object.keys(intentNouns), ...Object.keys(reciprocalNouns), "request"]);

/** A noun of intent or agreement at `noun`, inside a prepositional phrase of verb `v` (not its object). */
function framedIntent(s: AnalyzedSentence, noun: number, v: number): boolean {
  if (!agreementNouns.has(s.lemmas[noun] ?? "") || s.upos[noun] !== "NOUN") return false;
  let k = noun;
  while (k >= 0 && k !== v && /^(nmod|obl)/.test(s.deprels[k]!)) k = s.heads[k]!;
  return k === v && noun !== v;
}

/**
 * "First National Bank of Bloomington, Ind, which has assets of …": the state after a city is an address;
 * the relative clause is about the organisation whose name the city ends. The name's last word, when the
 * noun is a place set off by a comma right after a name.
 */
function stateAfterCity(s: AnalyzedSentence, noun: number, args: ArgumentResolver): number | undefined {
  if (s.words[noun - 1] !== "," || !args.insideName(noun - 2)) return undefined;
  if (args.resolve(noun, { asActor: false, concepts: "none" })?.entity.type !== "PLACE") return undefined;
  return args.resolve(noun - 2, { asActor: true, concepts: "none" })?.entity.type === "ORGANIZATION"
    ? noun - 2
    : undefined;
}

/**
 * "the group has been advised by First Boston Inc's First Boston Corp": a parser that reads "by" as an adverb
 * of the passive hangs the agent's name on it.
 */
function adverbialAgent(s: AnalyzedSentence, v: number): number | undefined {
  const by = (s.children[v] ?? []).find(
    (k) => k > v && s.deprels[k] === "advmod" && /^by$/i.test(s.words[k]!),
  );
  if (by === undefined || !/^VBN$/.test(s.xpos[v]!)) return undefined;
  return (s.children[by] ?? []).find(
    (k) => k > by && /^(obl|nmod)$/.test(s.deprels[k]!) && s.upos[k] === "PROPN",
  );
}

/** ", killing 107 or more": a gerund of casualties after a comma, with no subordinator of its own. */
function casualtyClause(s: AnalyzedSentence, v: number): boolean {
  return (
    casualtyVerbs.has(s.lemmas[v]!) &&
    s.xpos[v] === "VBG" &&
    s.words[v - 1] === "," &&
    !(s.children[v] ?? []).some((k) => s.deprels[k] === "mark" || s.deprels[k]!.startsWith("nsubj"))
  );
}

/**
 * "The government, worried that the internal market will …, last month sent": the root `participle` follows
 * its subject after a comma, takes no object, and a comma sets it off from `verb`, which has no subject.
 */
function setOffParticiple(s: AnalyzedSentence, participle: number, verb: number): boolean {
  if (s.heads[participle] !== -1 || !/^VB[DN]$/.test(s.xpos[participle]!) || hasSubject(s, verb))
    return false;
  if (verb < participle || s.words[participle - 1] !== ",") return false;
  const kids = s.children[participle] ?? [];
  const subject = kids.find((k) => s.deprels[k] === "nsubj" && k < participle);
  if (subject === undefined || lastOfSubtree(s, subject) !== participle - 2) return false;
  // "The earlier move by Purolator to sell its unit formed part of a program, adopted after …": a subject
  // with a verb of its own is a misparse of another kind.
  if (subtreeTokens(s, subject).some((k) => s.upos[k] === "VERB")) return false;
  if (kids.some((k) => /^(obj|aux|aux:pass|cop)$/.test(s.deprels[k]!))) return false;
  return s.words[firstOfSubtree(s, verb) - 1] === ",";
}

/** "Thomas' sister", "Reagan's son": a kin noun whose possessor is a name stands for a person. */
function namedKin(s: AnalyzedSentence, token: number): boolean {
  return (
    roleTitles[s.words[token]!.toLowerCase()] === "RELATIVE_OF" &&
    (s.children[token] ?? []).some((k) => s.deprels[k] === "nmod:poss" && s.upos[k] === "PROPN")
  );
}

/** Nouns of acting that "take" or "make" turn into doing what their infinitive says. */
const actingNouns = new Set([...Object.keys(intentNouns), "action", "step", "measure"]);

const reportNouns = new Set([
  "analysis",
  "report",
  "study",
  "survey",
  "statement",
  "poll",
  "research",
  "review",
]);

function reportAuthor(
  s: AnalyzedSentence,
  v: number,
  subject: number,
  args: ArgumentResolver,
): Argument | undefined {
  if (!speechVerbs.has(s.lemmas[v]!) && !/^(show|find)$/.test(s.lemmas[v]!)) return undefined;
  if (!reportNouns.has(s.words[subject]!.toLowerCase())) return undefined;
  const possessor = (s.children[subject] ?? []).find((k) => s.deprels[k] === "nmod:poss");
  const author =
    possessor === undefined ? undefined : args.resolve(possessor, { asActor: true, concepts: "none" });
  return author?.via === "name" ? author : undefined;
}

/**
 * "Speaking in the parents' defense, Tom Molomby, SC, said that …": a speech verb without a subject, whose
 * speaker the parser hung on the opening phrase. The proper noun whose phrase ends right before ", said"
 * and that no preposition governs.
 */
function strandedSpeaker(s: AnalyzedSentence, v: number): number | undefined {
  if (!speechVerbs.has(s.lemmas[v]!)) return undefined;
  // "… by E.F. Hutton and First Boston Corp, Immunomedics said": the name right before the verb, made a
  // conjunct of the agent.
  const conjoined = speakerConjunct(s, v);
  if (conjoined !== undefined) return conjoined;
  if (s.words[v - 1] !== ",") return undefined;
  for (let k = v - 2; k >= 0; k--) {
    if (s.upos[k] !== "PROPN" || /^(flat|compound)/.test(s.deprels[k]!)) continue;
    // "Tom Molomby, SC,": the apposition's head is the speaker.
    const name = s.deprels[k] === "appos" ? s.heads[k]! : k;
    if (name < 0 || s.heads[name] === v || s.upos[name] !== "PROPN") return undefined;
    const inPhrase = (s.children[name] ?? []).some((c) => s.deprels[c] === "case");
    const setOff = s.words[firstOfSubtree(s, name) - 1] === ",";
    return lastOfSubtree(s, name) === v - 2 && !inPhrase && setOff ? name : undefined;
  }
  return undefined;
}

/**
 * A verb's subject. Two subjects usually mean a relative clause without "that" ("the prices the state
 * pays"), whose own subject is the nearer, determined one; otherwise a name split in two ("Lowe 's Cos
 * Inc"), whose first part is the subject.
 */
function nearestSubject(s: AnalyzedSentence, v: number, kids: readonly number[]): number | undefined {
  // "its 80 pct-owned subsidiary agreed": a possessive or a number the parser made a subject is not one.
  // "employees of Anglo American Corp's New Vaal Colliery downed tools": nor is a possessor — unless the
  // "'s" is inside the name the NER found ("Moody's lowered …").
  const candidates = kids.filter(
    (k) =>
      (s.deprels[k] === "nsubj" || s.deprels[k] === "nsubj:pass") &&
      s.xpos[k] !== "PRP$" &&
      s.upos[k] !== "NUM" &&
      !(s.children[k] ?? []).some(
        (c) => s.deprels[c] === "case" && isPossessive(s.words[c]!) && s.ner[c] !== "I-ORG",
      ),
  );
  // "…, with the assembly unlikely to reconvene, traders said": beside another subject, nor is an adjective
  // (a capitalised one is more often a name the tagger misread: "Pancontinental operates …"; "much of the
  // pressure" is a partitive, the subject it seems).
  const nominal = candidates.filter(
    (k) =>
      !(
        s.upos[k] === "ADJ" &&
        /^[a-z]/.test(s.words[k]!) &&
        !(s.children[k] ?? []).some((c) => s.deprels[c]!.startsWith("nmod") && hasCase(s, c, "of"))
      ),
  );
  const pool = nominal.length > 0 ? nominal : candidates;
  // "The policies of the EC and of the United States have caused": beside another subject, a prepositional
  // phrase the parser made a second one is none.
  const plain = pool.filter(
    (k) => !(s.children[k] ?? []).some((c) => s.deprels[c] === "case" && s.upos[c] === "ADP"),
  );
  const subjects = plain.length > 0 && plain.length < pool.length ? plain : pool;
  if (subjects.length < 2) return subjects[0];
  const first = subjects[0]!;
  const nearer = subjects[subjects.length - 1]!;
  // "Eurotunnel, the Anglo-French channel tunnel consortium, will offer …": a determined phrase set off by
  // commas right after the first subject is its apposition, not the subject.
  const nearerStart = firstOfSubtree(s, nearer);
  const adjacent = nearerStart === lastOfSubtree(s, first) + 1;
  const apposed =
    s.words[nearerStart - 1] === "," &&
    nearerStart - 1 === lastOfSubtree(s, first) + 1 &&
    s.words[lastOfSubtree(s, nearer) + 1] === "," &&
    s.upos[first] === "PROPN";
  if (apposed) return first;
  // "the official Hungarian news agency MTI said": a name right after a common-noun subject is what it names.
  if (adjacent && s.upos[first] === "NOUN" && s.upos[nearer] === "PROPN") return nearer;
  if ((s.children[nearer] ?? []).some((k) => s.deprels[k] === "det")) return nearer;
  // "… on about 30 AIDS patients, National Patent said": of two subjects, the one set off by a comma right
  // before a speech verb is the reporting clause's speaker.
  if (speechVerbs.has(s.lemmas[v]!) && setOffBefore(s, nearer, v)) return nearer;
  return subjects[0];
}

/**
 * True when `subject` is a noun or name whose phrase follows a comma and ends right before `v`: "…, Lac
 * said". Not a time word ("…, the central bank, yesterday said"), a relative pronoun ("BankEast, which
 * said") or a title in apposition to the name before it ("Terry Hobbs, assistant vice president said").
 */
function setOffBefore(s: AnalyzedSentence, subject: number, v: number): boolean {
  return (
    /^(NOUN|PROPN)$/.test(s.upos[subject]!) &&
    !timeWord.test(s.words[subject]!) &&
    !isTitleWord(s.words[subject]!) &&
    lastOfSubtree(s, subject) === v - 1 &&
    s.words[firstOfSubtree(s, subject) - 1] === ","
  );
}

/**
 * "On Wednesday, Home Secretary Suella Braverman told GB News": a main verb the parser left without a subject
 * because it hung the name on the phrase before it. The last name before the verb, with no verb between, is
 * the subject.
 */
function strandedSubject(s: AnalyzedSentence, v: number, args: ArgumentResolver): Argument[] {
  for (let i = v - 1; i >= 0; i--) {
    if (s.upos[i] === "VERB" || s.upos[i] === "AUX") return [];
    if (s.upos[i] !== "PROPN" || !args.insideName(i)) continue;
    // "David Maxwell, Fannie Mae's chairman, said": the company owns the title; the person speaks.
    if (isPossessive(s.words[i + 1] ?? "") && isTitleWord(s.words[i + 2] ?? "")) {
      i = args.nameStart(i);
      continue;
    }
    const seat = seatOf(s, args, i);
    if (seat) return [seat];
    const found = args.resolve(i, { asActor: true, concepts: "none" });
    return found && found.via === "name" ? [found] : [];
  }
  return [];
}

function isCombination(s: AnalyzedSentence, start: number): boolean {
  if (!/^\p{Lu}/u.test(s.words[start]!)) return false;
  let i = start - 1;
  if (/^(and|&)$/.test(s.words[i] ?? "")) for (i--; i >= 0 && /^\p{Lu}/u.test(s.words[i]!);) i--;
  return i >= 0 && /^(combined|merged)$/i.test(s.words[i]!);
}

/** The speaker of a sentence-final speech verb without a subject, when the parser made it a conjunct. */
function speakerConjunct(s: AnalyzedSentence, v: number): number | undefined {
  if (hasSubject(s, v)) return undefined;
  for (let k = v - 1; k >= 0 && s.upos[k] === "PROPN"; k--) if (isSpeakerConjunct(s, k)) return k;
  return undefined;
}

/**
 * "Sheikh Ali told Kuwait's daily al-Anba 'All OPEC states … are producing'" parsed as one object of "told"
 * from "Kuwait's" to "states": a quotation mark between a noun phrase and a new one opening with a
 * determiner or a capital, inside what the parser made the object, puts the object's head in someone's
 * words. (A quoted word of the object's own, "the 'junk' bonds", or a quoted object, "needed 'a more
 * serene climate'", is no such join.)
 */
/**
 * The object of a verb of praise whose act a "for"- or "of"-gerund names ("congratulated Wright for
 * proposing"); null for a verb of blame, whose gerund only charges the object; undefined otherwise.
 */
function judgedObject(
  s: AnalyzedSentence,
  v: number,
  gov: number,
  marks: readonly number[],
): number | null | undefined {
  if (s.xpos[v] !== "VBG" || !marks.some((k) => /^(for|of)$/i.test(s.words[k]!))) return undefined;
  const lemma = s.lemmas[gov]!;
  if (!praiseVerbs.has(lemma) && !blameVerbs.has(lemma)) return undefined;
  const object = (s.children[gov] ?? []).find((k) => s.deprels[k] === "obj" && k < v);
  if (object === undefined) return undefined;
  return blameVerbs.has(lemma) ? null : object;
}

/** Verbs whose object is time or means spent on the gerund after it: "spent two years studying the plan". */
const spendingVerbs = new Set(["spend", "waste", "take", "have", "make", "lose", "earn", "pass", "use"]);

/** Verbs that keep the gerund after their object from happening: "preventing their members losing money". */
const preventingVerbs = new Set(["prevent", "stop", "bar", "prohibit", "keep", "block", "forbid", "ban"]);

/**
 * The common noun, object of `gov`, right before the bare gerund `v` that modifies it ("the rules governing
 * its auctions"). Not a name ("sued Intel seeking a judgement" is the suer's act), a gerund of means ("using"),
 * nor one that works as a conjunction ("providing the change is …").
 */
function objectBefore(s: AnalyzedSentence, v: number, gov: number): number | undefined {
  if (s.xpos[v] !== "VBG" || s.upos[v - 1] !== "NOUN" || s.deprels[v - 1] !== "obj" || s.heads[v - 1] !== gov)
    return undefined;
  const lemma = s.lemmas[gov]!;
  // "continue the program using its own funds": the means of an act are the actor's.
  if (spendingVerbs.has(lemma) || preventingVerbs.has(lemma) || /^(use|employ|utilize)$/.test(s.lemmas[v]!))
    return undefined;
  return prepositionalGerunds.has(s.words[v]!.toLowerCase()) || /^(providing|assuming)$/i.test(s.words[v]!)
    ? undefined
    : v - 1;
}

/** An odd number of quotation marks between two words: one stands inside a quotation, the other outside. */
function acrossQuote(s: AnalyzedSentence, a: number, b: number): boolean {
  let marks = 0;
  for (let q = Math.min(a, b) + 1; q < Math.max(a, b); q++) if (isQuoteMark(s.words[q]!)) marks++;
  return marks % 2 === 1;
}

/**
 * "The General Manager of the Madrid branch of a U.S. Bank which has lent money to FECSA" with the clause hung
 * on "Manager": "which" stands for a thing, so for the noun right before it, not for a person's title.
 */
function thingBefore(s: AnalyzedSentence, pronoun: number, head: number): number {
  const noun = pronoun - 1;
  const person = isTitleWord(s.words[head]!) || s.ner[head]?.endsWith("PER");
  return /^which$/i.test(s.words[pronoun]!) && person && noun > head && /^(NOUN|PROPN)$/.test(s.upos[noun]!)
    ? noun
    : head;
}
