import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { isTitleWord } from "../entities/find-mentions";
import type { Argument } from "./argument-resolver";
import { dayWords, followsAmount, measureWords, movementVerbs } from "./concept-name";
import type { SentenceContext } from "./extract-triples";
import { firstOfSubtree, lastOfSubtree, objectOf } from "./subtree";

/** The speaker speaking of himself: "I", "we" of a quote. */
const firstPerson = /^(i|we)$/i;

const vagueTopics = new Set([
  "aim",
  "reason",
  "point",
  "focus",
  "use",
  "factor",
  "matter",
  "matters",
  "example",
]);

/**
 * What a statement is about: the complement's subject (any noun phrase), else — when that is the speaker
 * ("Key said he believes …") or nothing — the clause nested in it; plus the named entities among the
 * complement's objects ("said Norway should not expect special advantages outside the EC").
 */
export function statementTopics(
  s: AnalyzedSentence,
  complement: number,
  topicToken: number,
  ctx: SentenceContext,
  speakers: readonly Argument[],
): Argument[] {
  const topics: Argument[] = [];
  const seen = new Set(speakers.map((a) => a.entity.id));
  const take = (a: Argument | undefined): boolean => {
    // "said its chairman and chief executive Alan Cohen sold …": a bare title is no topic.
    if (!a || seen.has(a.entity.id) || (a.via === "concept" && isTitleWord(a.entity.name))) return false;
    // "Analysts said it also raises …": an "it" that is not the speaker is too often an event or a wrong guess.
    if (a.via === "pronoun") return false;
    // "said its aim was to adopt protocols", "said another reason for the filing was …": a word for a
    // purpose, a ground or an instance says nothing of what the statement is about.
    if (a.via === "concept" && vagueTopics.has(a.entity.name)) return false;
    if (a.via === "concept" && cutBefore(s, a.token + 1)) return false;
    seen.add(a.entity.id);
    topics.push(a);
    return true;
  };
  let clause = complement;
  let subject: number | undefined = topicToken;
  // "said there was an outside chance that the Fed may inject reserves": the chance is no topic; its clause is.
  if ((s.children[complement] ?? []).some((k) => s.deprels[k] === "expl")) {
    const content = (s.children[topicToken] ?? []).find((k) => /^(acl|ccomp)/.test(s.deprels[k]!));
    if (content === undefined) return [];
    clause = content;
    subject = (s.children[content] ?? []).find((k) => /^(nsubj|csubj)/.test(s.deprels[k]!));
  }
  // "it is time for IE6 users to move": an "it" before a nominal predicate stands for nothing.
  const expletiveIt =
    /^it$/i.test(s.words[topicToken]!) &&
    s.upos[complement] !== "VERB" &&
    (s.children[complement] ?? []).some((k) => s.deprels[k] === "cop");
  if (expletiveIt) subject = undefined;
  const stance = !expletiveIt && ownStance(s, complement, topicToken, ctx, speakers);
  for (let depth = 0; depth < 4; depth++) {
    if (subject !== undefined) {
      if (take(ctx.args.resolve(subject, { asActor: true, concepts: "any" }))) break;
      // "redesigning the flag has …": a clausal subject (or a gerund the parser made a plain one) is about
      // its object, which the parser may also have made a second subject of the clause.
      const subj = subject;
      const gerund = s.deprels[subj]?.startsWith("csubj") || s.xpos[subj] === "VBG";
      const clausal = gerund
        ? (objectOf(s, subj) ??
          (s.children[clause] ?? []).find((k) => k > subj && s.deprels[k]!.startsWith("nsubj")))
        : undefined;
      if (
        take(
          clausal === undefined ? undefined : ctx.args.resolve(clausal, { asActor: false, concepts: "any" }),
        )
      )
        break;
    } else if (depth > 0 && s.deprels[clause] !== "xcomp") break;
    // A complement without "that" is sometimes parsed as an unmarked adverbial clause; "he believes
    // redesigning the flag has …" as a chain through the gerund.
    const nested = (s.children[clause] ?? []).find(
      (k) =>
        s.deprels[k] === "ccomp" ||
        (s.deprels[k] === "xcomp" && s.xpos[k] === "VBG") ||
        (s.deprels[k] === "advcl" && !(s.children[k] ?? []).some((m) => s.deprels[m] === "mark")),
    );
    if (nested === undefined) break;
    clause = nested;
    subject = (s.children[nested] ?? []).find((k) => /^(nsubj|csubj)/.test(s.deprels[k]!));
  }
  for (const k of s.children[complement] ?? []) {
    if (topics.length >= 3) break;
    const rel = s.deprels[k]!;
    // A nominal predicate's arguments are nmod: "it is time for IE6 users to move".
    if (rel !== "obj" && rel !== "obl" && rel !== "iobj" && rel !== "nmod") continue;
    // "the acquisition of Benefit Plan Services Inc, Maryland Heights, Mo.": after a comma, an address.
    if (s.words[firstOfSubtree(s, k) - 1] === ",") continue;
    // "… Dome, the company which has said it is in discussions with …": a phrase with a copula of its own
    // after a conjunct is another clause's predicate the parser hung here ("did not believe it was Carl
    // Lindner" is this clause's).
    const ownCopula = (s.children[k] ?? []).some((c) => s.deprels[c] === "cop");
    if (ownCopula && (s.children[complement] ?? []).some((c) => c < k && s.deprels[c] === "conj")) continue;
    // "suffered about 3.4 billion U.S. Dlrs in losses": a sum names no country, whatever currency it is in.
    if (measureWords.has(s.words[k]!.toLowerCase()) && followsAmount(s, k)) continue;
    // What the speaker's own stance is towards follows it, whatever kind of thing it is.
    const towards = stance && k > complement;
    take(ctx.args.resolve(k, { asActor: false, concepts: expletiveIt || towards ? "any" : "none" }));
  }
  return topics;
}
/**
 * "Shultz said: 'I'm not in favor of sales to Iran'", "said it was confident of a settlement": a speaker who
 * says how he stands towards something (an adjective, or a prepositional predicate: "in favor of", "in the
 * market for") speaks of that thing. The stance's subject is the speaker, or a first person of the quote; a
 * speaker found inside the quote itself ("'We are not keen on …,' said an official" with the "we" taken for
 * the speaker) is no speaker of it.
 */
function ownStance(
  s: AnalyzedSentence,
  complement: number,
  subject: number,
  ctx: SentenceContext,
  speakers: readonly Argument[],
): boolean {
  const kids = s.children[complement] ?? [];
  if (!kids.some((k) => s.deprels[k] === "cop")) return false;
  const predicate =
    s.upos[complement] === "ADJ" ||
    (s.upos[complement] === "NOUN" && kids.some((k) => s.deprels[k] === "case"));
  const first = firstOfSubtree(s, complement);
  const last = lastOfSubtree(s, complement);
  if (!predicate || speakers.some((a) => a.token >= first && a.token <= last)) return false;
  if (firstPerson.test(s.words[subject]!)) return true;
  const id = ctx.args.resolve(subject, { asActor: true, concepts: "any" })?.entity.id;
  return speakers.some((a) => a.entity.id === id);
}

/**
 * "said strike prices will be …" parsed with "strike" the subject and "prices" its object: a common noun
 * with another right after it is no head of its phrase, and its name is cut. Not when the next word is a
 * verb the tagger read as a plural noun, with a subject of its own ("said the agreement permits …").
 */
function cutBefore(s: AnalyzedSentence, next: number): boolean {
  // "Kaiser Cement shareholders today approved", "single-family starts rose": a day or a verb of movement
  // the tagger read as a noun follows a whole phrase.
  const word = s.words[next]?.toLowerCase() ?? "";
  return (
    /^NNS?$/.test(s.xpos[next] ?? "") &&
    !dayWords.test(word) &&
    !movementVerbs.test(word) &&
    !(s.children[next] ?? []).some((k) => s.deprels[k]!.startsWith("nsubj"))
  );
}
