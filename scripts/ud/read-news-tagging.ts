import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { TreebankSentence } from "./treebank";

/**
 * The newswire tagging data NEWS_TAGGING names: "1" for ../shared/data/conll2003/eng.train beside the
 * treebank folder, another value for a file in CoNLL-2003 format; unset or "0" for none.
 */
export function newsTaggingPath(setting: string | undefined, treebankDir: string): string | undefined {
  if (setting === undefined || setting === "" || setting === "0") return undefined;
  return setting === "1" ? join(treebankDir, "..", "conll2003", "eng.train") : setting;
}

/**
 * Newswire sentences with Penn Treebank tags, from a CoNLL-2003 file (`word POS chunk NER` lines), turned into
 * tagging sentences in UD EWT's conventions so that the tagger can learn news vocabulary ("dlrs", "pct",
 * "credits" as a noun) from them. Their tags come from a tagger, not annotators, so only what fits EWT's
 * tokenization is kept: no hyphenated words (EWT splits them), no all-capitals headlines, no score tables
 * (sentences without a verb, or mostly numbers). UPOS, which CoNLL lacks, is the word's most frequent UPOS
 * for that XPOS in the treebank (`reference`), else the tag's most frequent one. No heads or labels.
 */
export function readNewsTagging(path: string, reference: readonly TreebankSentence[]): TreebankSentence[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new Error(
      `ud: cannot read ${path} (CoNLL-2003 news for the tagger; NEWS_TAGGING=0 trains without it)`,
    );
  }
  const toUpos = uposMapping(reference);
  const out: TreebankSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    const sentence = words.length > 0 ? convert(words, tags, toUpos) : undefined;
    if (sentence) out.push(sentence);
    words = [];
    tags = [];
  };
  for (const line of text.split("\n")) {
    const [word, tag] = line.split(" ");
    if (!word || !tag) {
      flush();
      continue;
    }
    if (word === "-DOCSTART-") continue;
    words.push(word);
    tags.push(tag);
  }
  flush();
  return out;
}

type UposOf = (word: string, xpos: string) => string | undefined;

function convert(words: string[], ptb: string[], toUpos: UposOf): TreebankSentence | undefined {
  if (words.length < 6) return undefined;
  if (words.some((w) => /\p{L}-|-\p{L}|\d-\d/u.test(w))) return undefined;
  const letters = words.filter((w) => /\p{L}/u.test(w));
  if (letters.every((w) => w === w.toUpperCase())) return undefined;
  if (!ptb.some((t) => /^(VB|MD)/.test(t))) return undefined;
  if (ptb.filter((t) => t === "CD").length * 3 > words.length) return undefined;
  let quotes = 0;
  const xpos = ptb.map((tag, i) => {
    const word = words[i]!;
    if (tag === "(") return "-LRB-";
    if (tag === ")") return "-RRB-";
    if (tag === '"') return quotes++ % 2 === 0 ? "``" : "''";
    if (tag === ":" && /^-+$/.test(word)) return ",";
    // EWT keeps TO for the infinitive marker only; "to" before a noun phrase is a preposition.
    if (tag === "TO") return /^(VB|RB)/.test(ptb[i + 1] ?? "") ? "TO" : "IN";
    return tag;
  });
  const upos: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const u = toUpos(words[i]!, xpos[i]!);
    if (u === undefined) return undefined;
    upos.push(u);
  }
  return { words, upos, xpos, lemmas: [], heads: [], deprels: [] };
}

function uposMapping(reference: readonly TreebankSentence[]): UposOf {
  const byWord = new Map<string, Map<string, number>>();
  const byTag = new Map<string, Map<string, number>>();
  const count = (map: Map<string, Map<string, number>>, key: string, upos: string): void => {
    const counts = map.get(key) ?? new Map<string, number>();
    counts.set(upos, (counts.get(upos) ?? 0) + 1);
    map.set(key, counts);
  };
  for (const s of reference) {
    s.words.forEach((w, i) => {
      count(byWord, `${w.toLowerCase()} ${s.xpos[i]}`, s.upos[i]!);
      count(byTag, s.xpos[i]!, s.upos[i]!);
    });
  }
  const majority = (counts: Map<string, number> | undefined): string | undefined =>
    counts === undefined ? undefined : [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  return (word, xpos) => majority(byWord.get(`${word.toLowerCase()} ${xpos}`)) ?? majority(byTag.get(xpos));
}
