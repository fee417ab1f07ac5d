import type { Arc, TaggedWord } from "../nlp/types";
import { finiteTags } from "./finite-verbs";
import { hasCycle } from "./has-cycle";
import { hasSubjectArc } from "./has-subject-arc";
import { reportingVerbs } from "./reporting-verbs";
import { subtreeSpans } from "./subtree-spans";

/** Verbs that report, predict or judge a clause without "that": "analysts agree the Bank is trying to …". */
const clauseVerbs: ReadonlySet<string> = new Set([
  ...reportingVerbs,
  "agree",
  "believe",
  "think",
  "feel",
  "expect",
  "hope",
  "predict",
  "forecast",
  "project",
  "warn",
  "fear",
  "suggest",
  "speculate",
  "argue",
  "insist",
  "claim",
  "contend",
  "acknowledge",
  "admit",
  "concede",
  "confirm",
  "deny",
  "indicate",
  "imply",
  "show",
  "anticipate",
  "assume",
  "conclude",
  "know",
  "realize",
  "recognize",
  "reckon",
  "understand",
  "stress",
  "emphasize",
  "explain",
  "recall",
  "complain",
  "calculate",
  "guess",
  "suspect",
  "doubt",
  "worry",
  "charge",
  "allege",
  "assert",
  "reiterate",
  "disclose",
  "reveal",
]);

/**
 * `arcs` with the object of a reporting or judging verb made the subject of the finite verb right after
 * it: in "analysts agree the Bank is largely trying to set …" and "Williams and Griggs agreed the Fed will
 * let the funds rate …" the parser read the clause's subject as the object of "agree" and hung "agree" on
 * the clause's verb, so analysts agreed the Bank and the clause had no subject; in "said the increase
 * reflected improved market conditions" it hung the verb on the object as a reduced relative. A noun object
 * right after such a verb, followed at once by a finite verb (or its auxiliary) whose clause has no subject,
 * is that clause's subject, and the clause is the verb's complement; a "that" read as the noun's determiner
 * ("noted that trade … was") marks the clause. "for the year ended December 31" is a date, not a clause.
 */
export function clauseSubjects(
  arcs: readonly Arc[],
  tags: readonly TaggedWord[],
  words: readonly string[],
): readonly Arc[] {
  let out: readonly Arc[] = arcs;
  for (let o = 1; o < tags.length; o++) {
    const v = out[o]!.head - 1;
    if (out[o]!.deprel !== "obj" || v < 0 || v >= o) continue;
    if (tags[v]?.upos !== "VERB" || !clauseVerbs.has(tags[v]!.lemma.toLowerCase())) continue;
    if (!/^(NOUN|PROPN|PRON)$/.test(tags[o]!.upos)) continue;
    const heads = out.map((a) => a.head - 1);
    const w = clauseAfter(o, out, heads, tags, words);
    if (w === undefined) continue;
    const clause = heads.flatMap((h, k) => (h === w ? [k] : []));
    if (hasSubjectArc(out, w)) continue;
    // "Dow Chemical has launched a … bond …, lead manager Union Bank of Switzerland said": a verb that is the
    // complement of the later one is what the later verb's speaker said, and that speaker is no object.
    if (heads[w] !== v && heads[w] !== o && (heads[v] !== w || out[v]!.deprel === "ccomp")) continue;
    const repaired = out.map((a) => ({ ...a }));
    if (heads[v] === w) {
      repaired[v] = { ...out[w]! };
      // What hung on the clause's verb before the reporting verb, or closed the sentence, belongs to it now.
      for (const k of clause)
        if (k < v || (out[w]!.head === 0 && k === tags.length - 1 && tags[k]!.upos === "PUNCT"))
          repaired[k] = { ...out[k]!, head: v + 1 };
    }
    repaired[w] = { head: v + 1, deprel: "ccomp" };
    const passive = clause.some((k) => out[k]!.deprel === "aux:pass");
    repaired[o] = { head: w + 1, deprel: passive ? "nsubj:pass" : "nsubj" };
    if (isThat(tags, v + 1, o)) repaired[v + 1] = { head: w + 1, deprel: "mark" };
    if (!hasCycle(repaired)) out = repaired;
  }
  return out;
}

/**
 * The verb of the clause whose subject the object `o` would be: the verb right after the object's phrase,
 * or a finite verb the parser hung on the object as a reduced relative ("the increase reflected …").
 */
function clauseAfter(
  o: number,
  arcs: readonly Arc[],
  heads: readonly number[],
  tags: readonly TaggedWord[],
  words: readonly string[],
): number | undefined {
  const { first, last } = subtreeSpans(heads);
  const v = heads[o]!;
  if (first[o]! !== v + 1) return undefined;
  const relative = heads.findIndex((h, k) => h === o && k > o && arcs[k]!.deprel === "acl");
  // The phrase is the object's subtree up to the reduced relative, when there is one.
  const end = relative >= 0 ? first[relative]! - 1 : last[o]!;
  if (
    relative >= 0 &&
    (last[relative]! < last[o]! || heads.some((h, k) => h === o && k > end && k !== relative))
  )
    return undefined;
  // "expects no spillover … to unsettle the rule of …, victory for whose party … is assured": a subject
  // with a clause inside is the parser's guess at a longer sentence, not a subject it missed.
  const phrase = arcs.slice(first[o], end + 1);
  if (phrase.some((a) => /^(acl|advcl|ccomp|xcomp|parataxis)/.test(a.deprel))) return undefined;
  // "will report a budget deficit … on Thursday, foreign bankers and diplomats told Reuters": a comma in
  // the phrase most often ends it, and the verb after belongs to the sentence's own speaker.
  if (tags.slice(first[o], end + 1).some((t) => t.xpos === ",")) return undefined;
  const n = end + 1;
  if (!finiteTags.test(tags[n]?.xpos ?? "") || /^(end|compare)$/.test(tags[n]!.lemma.toLowerCase()))
    return undefined;
  // "assume all liabilities for … shares … in a three-year secured promissory note": a past tense in -ed
  // before a noun or adjective can be a participle modifying it; it takes the object as its subject only
  // right after the object's own noun.
  const modifier = /ed$/i.test(words[n]!) && /^(NOUN|PROPN|ADJ)$/.test(tags[n + 1]?.upos ?? "");
  if (tags[n]!.xpos === "VBD" && modifier && end !== o) return undefined;
  const w = /^(aux|cop)/.test(arcs[n]!.deprel) ? heads[n]! : n;
  if (w <= o || (relative >= 0 && w !== relative)) return undefined;
  return w;
}

/** Whether `k` is a "that" the parser read as the determiner of the noun `o`. */
function isThat(tags: readonly TaggedWord[], k: number, o: number): boolean {
  return k < o && tags[k]!.lemma.toLowerCase() === "that" && tags[k]!.xpos === "DT";
}
