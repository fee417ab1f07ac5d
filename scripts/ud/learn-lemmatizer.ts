import { Lemmatizer, type LemmatizerData } from "../../ingest/nlp/lemmatizer";
import type { TreebankSentence } from "./treebank";

const CASED_TAGS = new Set(["NNP", "NNPS"]);
const MAX_SUFFIX = 5;

/**
 * Learns suffix rules per XPOS from (form, lemma) pairs, then exceptions for what the rules get wrong.
 * The treebank's verb lemmas, with `knownVerbs` (words the extractor looks verbs up by), let a lookup
 * check a rule's answer against a word list.
 */
export function learnLemmatizer(
  train: readonly TreebankSentence[],
  knownVerbs: Iterable<string> = [],
): LemmatizerData {
  const verbs = new Set<string>(knownVerbs);
  const pairs = new Map<string, Map<string, number>>();
  for (const s of train) {
    s.words.forEach((form, i) => {
      const xpos = s.xpos[i]!;
      const base = CASED_TAGS.has(xpos) ? form : form.toLowerCase();
      const key = base + "\t" + xpos;
      if (s.upos[i] === "VERB" && /^\p{Ll}+$/u.test(s.lemmas[i]!)) verbs.add(s.lemmas[i]!);
      const lemmas = pairs.get(key) ?? new Map<string, number>();
      lemmas.set(s.lemmas[i]!, (lemmas.get(s.lemmas[i]!) ?? 0) + 1);
      pairs.set(key, lemmas);
    });
  }
  const ruleCounts = new Map<string, Map<string, number>>();
  const mostFrequent = new Map<string, string>();
  for (const [key, lemmas] of pairs) {
    const [base, xpos] = key.split("\t") as [string, string];
    const lemma = [...lemmas.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    mostFrequent.set(key, lemma);
    let common = 0;
    while (common < base.length && common < lemma.length && base[common] === lemma[common]) common++;
    const strip = base.length - common;
    const rule = JSON.stringify([strip, lemma.slice(common)]);
    // Types, not tokens: a rule should generalize over words, not over one frequent word.
    for (let n = Math.max(1, strip); n <= Math.min(MAX_SUFFIX, base.length - 1); n++) {
      const ruleKey = xpos + "\t" + base.slice(-n).toLowerCase();
      const counts = ruleCounts.get(ruleKey) ?? new Map<string, number>();
      counts.set(rule, (counts.get(rule) ?? 0) + 1);
      ruleCounts.set(ruleKey, counts);
    }
  }
  const best = new Map<string, string>();
  for (const [ruleKey, counts] of ruleCounts) {
    const [rule, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    if (n >= 2) best.set(ruleKey, rule);
  }
  const rules: Record<string, [number, string]> = {};
  for (const [ruleKey, rule] of best) {
    // A suffix that says the same as its one-shorter suffix adds nothing (lookup is longest first).
    const [xpos, suffix] = ruleKey.split("\t") as [string, string];
    if (suffix.length > 1 && best.get(xpos + "\t" + suffix.slice(1)) === rule) continue;
    if (suffix.length === 1 && rule === '[0,""]') continue;
    rules[ruleKey] = JSON.parse(rule) as [number, string];
  }
  const data: LemmatizerData = { exceptions: {}, rules, maxSuffix: MAX_SUFFIX, verbs: [...verbs].sort() };
  const lemmatizer = new Lemmatizer(data);
  for (const [key, lemma] of mostFrequent) {
    const [base, xpos] = key.split("\t") as [string, string];
    if (lemmatizer.lemmatize(base, xpos) !== lemma) data.exceptions[key] = lemma;
  }
  return data;
}
