import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import type { ArgumentResolver, Argument, ConceptPolicy } from "./argument-resolver";
import { isActorNoun } from "./argument-resolver";
import { firstOfSubtree, hasSubject, lastOfSubtree } from "./subtree";
import { speechVerbs } from "./relation-vocabulary";

export function named(args: Argument[]): Argument[] {
  return args.filter((a) => a.via !== "concept");
}

/** The arguments the "actors" concept policy would have resolved: names, institutions, groups of people. */
export function namedOrActors(s: AnalyzedSentence, args: Argument[]): Argument[] {
  return args.filter(
    (a) => a.via !== "concept" || isActorNoun(s.words[a.token]!.toLowerCase(), s.xpos[a.token]),
  );
}

export function resolveAll(
  s: AnalyzedSentence,
  tokens: number[],
  args: ArgumentResolver,
  concepts: ConceptPolicy = "actors",
): Argument[] {
  const out: Argument[] = [];
  for (const t of tokens) {
    for (const a of args.resolveMany(t, { asActor: true, concepts })) {
      if (!out.some((o) => o.entity.id === a.entity.id)) out.push(a);
    }
  }
  return out;
}

export function withConjuncts(s: AnalyzedSentence, token: number): number[] {
  const out = [token];
  for (const c of s.children[token] ?? [])
    if (
      s.deprels[c] === "conj" &&
      !isSpeakerConjunct(s, c) &&
      !apposedAsConjunct(s, c) &&
      !addressAsConjunct(s, token, c)
    )
      out.push(...withConjuncts(s, c));
  return out;
}

/**
 * "were assumed by Central Bancshares of the South Inc, Birmingham, Ala.": a place after a comma, with no
 * "and" before it or after it in a list, conjoined to a name that is no place's is the name's address.
 */
function addressAsConjunct(s: AnalyzedSentence, head: number, c: number): boolean {
  // Parsers hang a list's conjuncts on its head or each on the one before it.
  const inList = (k: number): boolean => {
    for (let x = k; s.deprels[x] === "conj"; x = s.heads[x]!) if (s.heads[x] === head) return true;
    return false;
  };
  return (
    s.ner[c]!.endsWith("LOC") &&
    !s.ner[head]!.endsWith("LOC") &&
    s.words[firstOfSubtree(s, c) - 1] === "," &&
    !hasCc(s, c) &&
    !s.words.some((_, k) => k > c && hasCc(s, k) && inList(k))
  );
}

/**
 * "Bruce Morrison, a House Democrat": a parser's conjunct with "a" and no "and" is an apposition, unless a
 * later conjunct ends a list ("a stand-by loan, a compensatory facility and a structural facility").
 */
function apposedAsConjunct(s: AnalyzedSentence, c: number): boolean {
  // Parsers hang the last conjunct on the head or on the one before it.
  const listEnd = [...(s.children[s.heads[c]!] ?? []), ...(s.children[c] ?? [])].some(
    (k) => k > c && s.deprels[k] === "conj" && hasCc(s, k),
  );
  return (
    s.words[firstOfSubtree(s, c) - 1] === "," &&
    (s.children[c] ?? []).some((k) => s.deprels[k] === "det" && /^an?$/i.test(s.words[k]!)) &&
    !hasCc(s, c) &&
    !listEnd
  );
}

/** Whether word `k` has an "and" or "or" of its own. */
function hasCc(s: AnalyzedSentence, k: number): boolean {
  return (s.children[k] ?? []).some((x) => s.deprels[x] === "cc");
}

/** A speech verb without a subject of its own: "…, Immunomedics said" with the speaker hung elsewhere. */
function subjectlessSpeechVerb(s: AnalyzedSentence, v: number): boolean {
  return speechVerbs.has(s.lemmas[v] ?? "") && s.upos[v] === "VERB" && !hasSubject(s, v);
}

/** Whether any speech verb of the sentence lacks a subject; asked for every conjunct, so remembered. */
const subjectlessSpeech = new WeakMap<AnalyzedSentence, boolean>();

function hasSubjectlessSpeechVerb(s: AnalyzedSentence): boolean {
  let known = subjectlessSpeech.get(s);
  if (known === undefined) {
    known = s.lemmas.some((_, v) => subjectlessSpeechVerb(s, v));
    subjectlessSpeech.set(s, known);
  }
  return known;
}

/** ", Immunomedics said": a conjunct after a comma whose phrase ends right before a subjectless speech verb. */
export function isSpeakerConjunct(s: AnalyzedSentence, c: number): boolean {
  if (s.deprels[c] !== "conj" || !hasSubjectlessSpeechVerb(s)) return false;
  if (s.words[firstOfSubtree(s, c) - 1] !== ",") return false;
  let verb = lastOfSubtree(s, c) + 1;
  // "Medimmune Inc said" with "Inc" hung on another name.
  while (s.upos[verb] === "PROPN" && s.deprels[verb] === "flat") verb++;
  return subjectlessSpeechVerb(s, verb);
}
