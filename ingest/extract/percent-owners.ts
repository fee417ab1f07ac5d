import type { Arc, TaggedWord } from "../nlp/types";
import { hasCycle } from "./has-cycle";

/** The participles of a share held: "90 pct-owned by", "51 pct-held by", "pct-controlled by". */
const holdings = new Set(["own", "hold", "control"]);

/** The relations inside a company's name: "Ford Motor Co", "Exxon Corp", "Ford Motor Co of Canada". */
const nameWords = /^(compound|flat|nmod)$/;

/**
 * `arcs` with a hyphened stake after a company's name parsed as "pct owned by" is: "Ford Motor Co of Canada,
 * 90 pct-owned by Ford Motor Co, said …" made "owned" a clause of its own with the Canadian company its
 * passive subject and the parent its object (Ford Canada OWNS Ford), or hung it on the number, with no owner
 * at all. Repaired, "pct" is an apposition to the name before the comma, the participle its clause and the
 * "by" noun the agent, as the parser reads the unhyphened "51 pct owned by"; a name that lost its verb to
 * the stake becomes the subject of the verb the stake's clause was hung on.
 */
export function percentOwners(arcs: readonly Arc[], tags: readonly TaggedWord[]): readonly Arc[] {
  let out: readonly Arc[] = arcs;
  tags.forEach((_, v) => {
    const repaired = stakeRepair(out, tags, v);
    // A parse the repair would tie in a loop ("…, said BCE Development Corp, 68 pct-owned by …") stays.
    if (repaired && !hasCycle(repaired)) out = repaired;
  });
  return out;
}

/** The arcs with the stake whose participle is at `v` repaired, or undefined when `v` ends no stake. */
function stakeRepair(arcs: readonly Arc[], tags: readonly TaggedWord[], v: number): Arc[] | undefined {
  const pct = v - 2;
  const by = v + 1;
  const comma = pct - 2;
  const tag = tags[v]!;
  if (!holdings.has(tag.lemma.toLowerCase()) || tag.xpos !== "VBN" || tags[v - 1]?.xpos !== "HYPH") return;
  if (!/^(pct|percent|%)$/i.test(tags[pct]?.lemma ?? "") || tags[pct - 1]?.upos !== "NUM") return;
  if (tags[comma]?.upos !== "PUNCT" || comma < 1 || tags[by]?.lemma.toLowerCase() !== "by") return;
  // The owner's head: "by" may hang on a word of the owner's name the parser made a compound ("Ford").
  const agent = nameHead(arcs, arcs[by]!.head - 1, (head) => head > by);
  if (agent <= by || !/^(NOUN|PROPN)$/.test(tags[agent]!.upos)) return;
  const name = nameHead(arcs, comma - 1, (head) => head < comma);
  if (!/^(NOUN|PROPN)$/.test(tags[name]!.upos)) return;
  const out = arcs.map((a) => ({ ...a }));
  const stake = new Set([comma, pct - 1, pct, v - 1, v, by, agent]);
  const verbHead = arcs[v]!.head - 1;
  const hungOn = arcs[name]!.head - 1;
  out[comma] = { head: pct + 1, deprel: "punct" };
  out[pct - 1] = { head: pct + 1, deprel: "nummod" };
  out[pct] = { head: name + 1, deprel: "appos" };
  out[v - 1] = { head: v + 1, deprel: "punct" };
  out[v] = { head: pct + 1, deprel: "acl" };
  out[by] = { head: agent + 1, deprel: "case" };
  out[agent] = { head: v + 1, deprel: "obl:agent" };
  if (hungOn >= 0 && !stake.has(hungOn)) return out;
  // The name hung on the stake: it is the subject of the verb the stake's clause was hung on, or of the
  // verb hung on the stake when the stake headed the sentence.
  const main =
    verbHead > agent && tags[verbHead]!.upos === "VERB"
      ? verbHead
      : arcs.findIndex((a, k) => k > agent && a.head - 1 === v && tags[k]!.upos === "VERB");
  if (main < 0) return out;
  if (verbHead < 0) {
    out[main] = { head: 0, deprel: "root" };
    arcs.forEach((a, k) => {
      if (a.head - 1 === v && !stake.has(k) && k > agent && k !== main) out[k] = { ...a, head: main + 1 };
    });
  }
  out[name] = { head: main + 1, deprel: "nsubj" };
  return out;
}

/** The head of the name `word` is in: up through the name's own relations while `inside` holds of the head. */
function nameHead(arcs: readonly Arc[], word: number, inside: (head: number) => boolean): number {
  let k = word;
  while (k >= 0 && arcs[k]!.head - 1 > -1 && inside(arcs[k]!.head - 1) && nameWords.test(arcs[k]!.deprel))
    k = arcs[k]!.head - 1;
  return k;
}
