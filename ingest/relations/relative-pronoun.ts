import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import { speechVerbs } from "./relation-vocabulary";

/**
 * "the unit that Acme Corp bought": a relative pronoun right after its noun. Not after a verb the tagger
 * read as a plural noun ("its complaint alleges that Southland failed …").
 */
export function relativePronoun(s: AnalyzedSentence, token: number): boolean {
  if (!/^(which|that|whom|who)$/i.test(s.words[token]!) || !/^(WDT|WP)$/.test(s.xpos[token]!)) return false;
  const noun = s.words[token - 1] === "," ? token - 2 : token - 1;
  const verbLike = s.xpos[noun] === "NNS" && speechVerbs.has(s.lemmas[noun]!.replace(/s$/, ""));
  // "charges that he lied", "in hopes that ATT would pocket more": "that" after a noun of saying or
  // believing opens what is said or believed, not a relative clause the noun is the object of.
  const content = /^that$/i.test(s.words[token]!) && contentNouns.has(s.lemmas[noun] ?? "");
  return /^(NOUN|PROPN)$/.test(s.upos[noun] ?? "") && !verbLike && !content;
}

const contentNouns = new Set([
  "allegation",
  "argument",
  "assumption",
  "assurance",
  "belief",
  "charge",
  "claim",
  "concern",
  "conclusion",
  "doubt",
  "evidence",
  "expectation",
  "fact",
  "fear",
  "hope",
  "idea",
  "impression",
  "indication",
  "news",
  "notion",
  "report",
  "rumor",
  "rumour",
  "sign",
  "speculation",
  "suggestion",
  "suspicion",
  "view",
  "warning",
  "worry",
]);
