import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import type { NerTag } from "../ner/ner-tag";
import { isDateWord, isTitleWord } from "./find-mentions";
import type { Knowledge } from "./knowledge";
import type { Mention } from "./mention";
import { beginsCompanyName } from "./short-company-name";

/**
 * The first words of an article's company names that the story may later use alone: after "Willcox and Gibbs
 * Inc said it agreed to acquire …", "Willcox said it plans further expansion" opens a sentence with a word the
 * NER left untagged, and "it" went to the company named in between. The first word of a company's full name
 * (one that ends in a legal form or a firm's word); not a place or its people ("American"), a title or a date
 * word, nor a word the article also writes in lower case.
 * A person's surname is no short name, whichever is named first: "Tseng" after "Tseng Laboratories Inc" and
 * "Jack Tseng" is either; see {@link personSurnames}.
 */
export function companyShortNames(
  mentions: readonly Mention[],
  lowerCase: ReadonlySet<string>,
  knowledge: Pick<Knowledge, "country">,
): string[] {
  return mentions.flatMap((m) => {
    const first = m.text.split(/\s+/)[0]!;
    if (m.kind !== "name" || m.type !== "ORGANIZATION" || !/^\p{Lu}\p{Ll}{2,}$/u.test(first)) return [];
    if (!beginsCompanyName(first, m.text) || lowerCase.has(first.toLowerCase())) return [];
    return knowledge.country(first) || isTitleWord(first) || isDateWord(first) ? [] : [first];
  });
}

/**
 * `s` with its words that are a company's short name, standing alone (no capitalised word right before or
 * after), tagged as organisations where the NER tagged nothing.
 */
function tagShortNames(s: AnalyzedSentence, shortNames: ReadonlySet<string>): AnalyzedSentence {
  let ner: NerTag[] | undefined;
  s.words.forEach((w, i) => {
    if (s.ner[i] !== "O" || !shortNames.has(w)) return;
    if (/^\p{Lu}/u.test(s.words[i - 1] ?? "") || /^\p{Lu}/u.test(s.words[i + 1] ?? "")) return;
    ner ??= [...s.ner];
    ner[i] = "B-ORG";
  });
  return ner ? { ...s, ner } : s;
}

/**
 * The surnames of the people the NER finds anywhere in the article ("Tseng" of "Jack Tseng"): words no short
 * name may be, whether the person is named before or after the company.
 */
function personSurnames(sentences: readonly Pick<AnalyzedSentence, "words" | "ner">[]): Set<string> {
  const surnames = new Set<string>();
  for (const s of sentences) {
    s.ner.forEach((tag, i) => {
      if (tag.endsWith("-PER") && s.ner[i + 1] !== "I-PER") surnames.add(s.words[i]!);
    });
  }
  return surnames;
}

/**
 * An article's sentences with the short names of the companies it names in full tagged where the NER missed
 * them, and each sentence's mentions found by `findMentions` in order: a company named in full may be named
 * by its first word alone in the sentences after (`companyShortNames`), but never by anyone's surname.
 */
export function withShortCompanyNames(
  analyzed: readonly AnalyzedSentence[],
  findMentions: (s: AnalyzedSentence) => Mention[],
  knowledge: Pick<Knowledge, "country">,
): { sentences: AnalyzedSentence[]; mentionsBySentence: Mention[][] } {
  const surnames = personSurnames(analyzed);
  // Built only for an article that names a company in full: most sentences need no look at it.
  let lowerCase: Set<string> | undefined;
  const writtenLower = (): ReadonlySet<string> =>
    (lowerCase ??= new Set(analyzed.flatMap((s) => s.words.filter((w) => /^\p{Ll}/u.test(w)))));
  const shortNames = new Set<string>();
  const sentences: AnalyzedSentence[] = [];
  const mentionsBySentence = analyzed.map((a) => {
    const s = tagShortNames(a, shortNames);
    sentences.push(s);
    const mentions = findMentions(s);
    if (mentions.some((m) => m.kind === "name" && m.type === "ORGANIZATION")) {
      for (const name of companyShortNames(mentions, writtenLower(), knowledge))
        if (!surnames.has(name)) shortNames.add(name);
    }
    return mentions;
  });
  return { sentences, mentionsBySentence };
}
