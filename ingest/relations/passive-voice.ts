import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { byPhrase, hasCase } from "./argument-resolver";
import { hasSubject, lastOfSubtree } from "./subtree";

/**
 * Which verbs are passive, and where a passive's agent stands: the parser labels some active subjects
 * nsubj:pass and hangs many participles on nouns, so the voice is read from the auxiliary, the participle's
 * place and its by-phrase together.
 */

// Weekdays too: "will meet Friday at 1100 GMT" parsed with "Friday" the object.
export const timeWord =
  /^(yesterday|today|tomorrow|tonight|overnight|weekend|week|month|year|night|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * "The accord was signed here yesterday by Finance Minister Chu Okongwu", "The poll, conducted for TV-AM by the
 * Harris organisation": the parser hung the passive's by-phrase on the time word or the for-phrase before it.
 */
export function strandedAgent(s: AnalyzedSentence, v: number): number | undefined {
  for (const k of s.children[v] ?? []) {
    if (k < v) continue;
    const when = timeWord.test(s.words[k]!) || /^(here|there)$/i.test(s.words[k]!);
    const forPhrase = s.deprels[k] === "obl" && hasCase(s, k, "for");
    if (!when && !forPhrase) continue;
    const by = (s.children[k] ?? []).find((c) => c > k && s.deprels[c] === "nmod" && hasCase(s, c, "by"));
    if (by !== undefined) return by;
  }
  return undefined;
}

/**
 * "The poll, conducted by the Harris organisation": a participle modifying a noun, with its agent; the noun
 * is what was done.
 */
export function isReducedPassive(s: AnalyzedSentence, v: number): boolean {
  // Taggers often read the participle as a past tense and parsers the phrase as a relative clause.
  if (!s.deprels[v]!.startsWith("acl") || (s.xpos[v] !== "VBN" && s.xpos[v] !== "VBD")) return false;
  if (!/^(NOUN|PROPN)$/.test(s.upos[s.heads[v]!] ?? "")) return false;
  const kids = s.children[v] ?? [];
  if (kids.some((k) => /^(nsubj|aux|obj)/.test(s.deprels[k]!))) return false;
  return byPhrase(s, v) !== undefined || strandedAgent(s, v) !== undefined;
}

/**
 * "The FIRST Global competition (For Inspiration …) was founded by Dean Kamen": a parser that loses the
 * subject across a bracket hangs the passive on the noun; the root noun is what was done.
 */
export function isHeadlessPassive(s: AnalyzedSentence, v: number): boolean {
  if (s.xpos[v] !== "VBN" || !/^(parataxis|acl)$/.test(s.deprels[v]!)) return false;
  const head = s.heads[v]!;
  if (head < 0 || s.heads[head] !== -1 || !/^(NOUN|PROPN)$/.test(s.upos[head]!)) return false;
  // "It is the first wage rise since an increase was awarded by …": a copula's noun is no subject.
  if ((s.children[head] ?? []).some((k) => s.deprels[k] === "cop")) return false;
  const kids = s.children[v] ?? [];
  return !hasSubject(s, v) && kids.some((k) => s.deprels[k] === "aux:pass" && s.lemmas[k] === "be");
}

/**
 * "A survey of marginal seats, carried out by the MORI organisation, showed …": a participle set off by
 * commas that a parser made the root, with the noun before it as subject and the sentence's verb hung on
 * it. The by-phrase names an agent, not an amount ("Prices, however, rose by 5 pct").
 */
function isSetOffPassive(s: AnalyzedSentence, v: number): boolean {
  if (!/^(VBD|VBN)$/.test(s.xpos[v]!) || s.words[v - 1] !== ",") return false;
  const kids = s.children[v] ?? [];
  if (
    !kids.some((k) => s.deprels[k] === "nsubj" && k < v) ||
    kids.some((k) => /^(obj|aux)/.test(s.deprels[k]!))
  )
    return false;
  const agent = kids.find((k) => k > v && s.deprels[k]!.startsWith("obl") && hasCase(s, k, "by"));
  if (agent === undefined || !/^(NOUN|PROPN)$/.test(s.upos[agent]!)) return false;
  if (
    (s.children[agent] ?? []).some((k) => s.deprels[k] === "nummod") ||
    /^(pct|percent)$/i.test(s.words[agent]!)
  )
    return false;
  const after = lastOfSubtree(s, agent) + 1;
  return s.words[after] === "," && kids.some((k) => k > after && /^(parataxis|conj)$/.test(s.deprels[k]!));
}

/**
 * "Delta Corp said it lost money and will be acquired by Epsilon Inc": a conjoined participle with a passive
 * auxiliary of its own and no subject is passive, so the subject it shares is not its doer. It states no
 * fact of its own: the parser's conjunctions of such participles were too often wrong for the shared subject
 * to be trusted as what is done to (in Reuters 0–9,000, about half of the facts so found were wrong, and
 * its prepositional phrases alone say too little).
 */
export function isConjoinedPassive(s: AnalyzedSentence, v: number): boolean {
  return (
    s.xpos[v] === "VBN" &&
    s.deprels[v] === "conj" &&
    !hasSubject(s, v) &&
    (s.children[v] ?? []).some((k) => s.deprels[k] === "aux:pass") &&
    // "… and is expected to submit a list", "has been hired to build a plant", "was savaged for failing to
    // help": the subject the participle shares controls what follows it, which keeps it.
    !(s.children[v] ?? []).some((k) => s.deprels[k] === "xcomp" || s.deprels[k] === "advcl")
  );
}

/** Passive only with a passive auxiliary: parsers label some active subjects nsubj:pass ("they had agreed"). */
export function isPassive(s: AnalyzedSentence, v: number): boolean {
  const kids = s.children[v] ?? [];
  if (isReducedPassive(s, v) || isHeadlessPassive(s, v) || isSetOffPassive(s, v) || isConjoinedPassive(s, v))
    return true;
  return (
    (kids.some((k) => s.deprels[k] === "nsubj:pass") &&
      kids.some(
        (k) =>
          s.deprels[k] === "aux:pass" ||
          (s.deprels[k] === "aux" && s.lemmas[k] === "be" && s.xpos[v] === "VBN"),
      )) ||
    // "Hoechst Celanese Corp, recently formed from the merger of …": a participle without an auxiliary whose
    // subject the parser labelled passive and which says what it came from is passive. (Without the "from"
    // phrase this is too often an active past the parser labelled passive: "had paid", "has accepted".)
    (s.xpos[v] === "VBN" &&
      kids.some((k) => s.deprels[k] === "nsubj:pass") &&
      !kids.some((k) => s.deprels[k]!.startsWith("aux")) &&
      kids.some((k) => s.deprels[k] === "obl" && hasCase(s, k, "from"))) ||
    // "Boeing Co has been awarded": a passive auxiliary makes the subject a passive one whatever its label.
    (s.xpos[v] === "VBN" &&
      kids.some((k) => s.deprels[k] === "nsubj") &&
      kids.some((k) => s.deprels[k] === "aux:pass" && s.lemmas[k] === "be"))
  );
}
