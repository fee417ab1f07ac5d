import type { NerTag } from "../ner/ner-tag";
import type { Arc, TaggedWord } from "../nlp/types";
import { hasCycle } from "./has-cycle";

/**
 * `arcs` with a name owned by the name before it headed by its own last word: in "Sandoz Corp's Northrup King
 * Co said it bought Stauffer Seeds" or "Du Pont Co's Conoco Inc said" the parser hangs both names flat on the
 * first word, so the parent became the speaker and the buyer. The unit named after the "'s" is what the words
 * around the pair are about, as they are in "General Motors Corp's Chevrolet Motor Division said"; the owner
 * becomes its possessor. Only for an "'s" between two names, outside them (the NER puts "Moody's Investors
 * Service" in one name, "'s" and all), when the parse does not already head the pair by the second name.
 */
export function possessedNames(
  arcs: readonly Arc[],
  tags: readonly TaggedWord[],
  ner: readonly NerTag[] = [],
): readonly Arc[] {
  let out: readonly Arc[] = arcs;
  tags.forEach((tag, p) => {
    // A place after the "'s" is where the owner's plant or office is ("Newman's Kendallville, Indiana plant").
    if (tag.xpos !== "POS" || ner[p] !== "O" || !/^B-(ORG|PER|MISC)$/.test(ner[p + 1] ?? "")) return;
    if (!/-(ORG|MISC)$/.test(ner[p - 1] ?? "")) return;
    const repaired = pairRepair(out, tags, p);
    if (repaired && !hasCycle(repaired)) out = repaired;
  });
  return out;
}

/** The arcs with the pair around the "'s" at `p` headed by the owned name's last word, or undefined. */
function pairRepair(arcs: readonly Arc[], tags: readonly TaggedWord[], p: number): Arc[] | undefined {
  const proper = (k: number) => tags[k]?.upos === "PROPN";
  // A hyphen inside a name ("Ciba-Giegy") keeps the name going.
  const joined = (k: number, step: number) => tags[k]?.xpos === "HYPH" && proper(k + step);
  let first = p - 1;
  while (proper(first - 1) || joined(first - 1, -1)) first--;
  let last = p + 1;
  while (proper(last + 1) || joined(last + 1, 1)) last++;
  // "Visa's San Francisco headquarters", "AMC's Jeep division": the owned name only modifies the noun after it.
  if (!proper(p - 1) || !proper(p + 1) || /^(NOUN|ADJ|NUM)$/.test(tags[last + 1]?.upos ?? "")) return;
  const inside = (k: number) => k >= first && k <= last;
  const leaving = [];
  for (let k = first; k <= last; k++) if (!inside(arcs[k]!.head - 1)) leaving.push(k);
  // One place in the sentence the pair hangs on; a pair already headed inside the owned name is read right.
  const outer = arcs[leaving[0]!]!;
  if (leaving.some((k) => arcs[k]!.head !== outer.head) || leaving.every((k) => k > p)) return;
  if (/^(compound|flat|amod|nmod:poss)$/.test(outer.deprel)) return;
  const out = arcs.map((a) => ({ ...a }));
  for (let k = first; k < p - 1; k++) out[k] = { head: p, deprel: "compound" };
  out[p - 1] = { head: last + 1, deprel: "nmod:poss" };
  out[p] = { head: p, deprel: "case" };
  for (let k = p + 1; k < last; k++) out[k] = { head: last + 1, deprel: "compound" };
  out[last] = { head: outer.head, deprel: outer.deprel };
  return out;
}
