import type { AnalyzedSentence } from "../extract/analyzed-sentence";
import type { Argument } from "./argument-resolver";
import type { Add, SentenceContext } from "./extract-triples";

/** Nouns for the banks that sell an issue: "underwriters", "an underwriting group", "a syndicate". */
const underwritingNouns = /^(underwriters|group|syndicate)$/i;

/** Participles that name an underwriting group's lead banks: "led by", "managed by", "headed by". */
const leadingParticiples = /^(led|managed|co-managed|headed)$/i;

/** What underwriters sell, the offering before the securities it consists of. */
const offeringNouns = /^(offering|issue)$/i;
const securityNouns = /^(shares|stock|notes|debentures|bonds|units|warrants|securities|preferred)$/i;

/**
 * "has filed for an initial public offering of six mln Class A common shares … through underwriters led by
 * PaineWebber Group Inc and Advest Group Inc": the lead banks of an issue's underwriters underwrite it. The
 * phrase is found by its words ("through" or "by", an underwriting noun, "led by"): parsers hang "led" on
 * whatever noun comes before, often the price. The issue is the nearest offering named before the phrase,
 * else the nearest securities; the banks are the names of the by-phrase.
 */
export function underwriterTriples(s: AnalyzedSentence, ctx: SentenceContext, add: Add): void {
  for (let p = 0; p < s.words.length; p++) {
    if (!leadingParticiples.test(s.words[p]!) || !/^by$/i.test(s.words[p + 1] ?? "")) continue;
    const noun = s.words[p - 1] ?? "";
    const group = /^underwriting$/i.test(s.words[p - 2] ?? "") && /^group$/i.test(noun);
    if (!underwritingNouns.test(noun) || (/^group$/i.test(noun) && !group)) continue;
    const nounStart = group ? p - 2 : p - 1;
    let start = nounStart - 1;
    if (/^(an?|the)$/i.test(s.words[start] ?? "")) start--;
    if (!/^(through|by|with)$/i.test(s.words[start] ?? "")) continue;
    const issue = issueBefore(s, start);
    if (issue === undefined) continue;
    const thing = ctx.args.resolve(issue, { asActor: false, concepts: "any" });
    // "Federal Paper Board Co Inc - Offering of 2.8 mln shares": an offering apposed to a name is still no
    // company.
    if (thing?.via !== "concept") continue;
    for (const bank of banksAfter(s, ctx, p + 2)) {
      const relation = s.words
        .slice(start, p + 2)
        .map((w) => w.toLowerCase())
        .join(" ");
      add(bank, thing, "UNDERWROTE", relation, "positive", "asserted", 0.75, null);
    }
  }
}

function issueBefore(s: AnalyzedSentence, end: number): number | undefined {
  let security: number | undefined;
  for (let t = end - 1; t >= 0; t--) {
    if (s.upos[t] !== "NOUN") continue;
    if (offeringNouns.test(s.words[t]!)) return t;
    if (security === undefined && securityNouns.test(s.words[t]!)) security = t;
  }
  return security;
}

/** The named banks of the by-phrase: "PaineWebber Group Inc and Advest Group Inc". */
function banksAfter(s: AnalyzedSentence, ctx: SentenceContext, from: number): Argument[] {
  const banks: Argument[] = [];
  const seen = new Set<string>();
  for (let t = from; t < s.words.length; t++) {
    if (/^(and|&|,)$/i.test(s.words[t]!)) continue;
    if (/^['’]s?$/.test(s.words[t]!)) continue;
    if (!ctx.args.insideName(t)) break;
    // "Sears, Roebuck and Co Inc's Dean Witter Reynolds Inc unit": an owner's name is not the bank; "…,
    // <S.G. Warburg Securities>, Bell Group said": a name with a verb after it starts a clause of its own.
    const after = lastOfName(s, ctx, t) + 1;
    if (/^['’]s?$/.test(s.words[after] ?? "")) continue;
    if (/^(VERB|AUX)$/.test(s.upos[after] ?? "")) break;
    const arg = ctx.args.resolve(t, { asActor: true, concepts: "none" });
    if (arg?.via === "name" && !seen.has(arg.entity.id)) {
      seen.add(arg.entity.id);
      banks.push(arg);
    }
  }
  return banks;
}

function lastOfName(s: AnalyzedSentence, ctx: SentenceContext, t: number): number {
  let end = t;
  while (end + 1 < s.words.length && ctx.args.insideName(end + 1)) end++;
  return end;
}
