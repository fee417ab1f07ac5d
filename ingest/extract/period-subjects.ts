import type { Arc, TaggedWord } from "../nlp/types";

/** Nouns of a reporting period: "both periods", "all quarters". */
const PERIOD_LEMMAS: ReadonlySet<string> = new Set(["period", "quarter", "half", "year", "month", "week"]);
const SPANNING_DETERMINERS: ReadonlySet<string> = new Set(["both", "all", "each"]);

/**
 * `arcs` with a span of time the parser made a second subject turned into a temporal modifier: in earnings
 * notes, "1986 net both periods includes 72,000 dlr tax credit" says the net of both periods includes it,
 * and the parser gave "includes" two subjects, "net" and "periods". A period noun with "both", "all" or
 * "each" that is one of two subjects of its verb modifies the verb in time.
 */
export function periodSubjects(arcs: readonly Arc[], tags: readonly TaggedWord[]): readonly Arc[] {
  let out: Arc[] | undefined;
  arcs.forEach((arc, n) => {
    if (!arc.deprel.startsWith("nsubj") || !PERIOD_LEMMAS.has(tags[n]!.lemma.toLowerCase())) return;
    const spanning = arcs.some(
      (a, k) =>
        a.head - 1 === n && a.deprel === "det" && SPANNING_DETERMINERS.has(tags[k]!.lemma.toLowerCase()),
    );
    const otherSubject = arcs.some((a, k) => k !== n && a.head === arc.head && a.deprel.startsWith("nsubj"));
    if (!spanning || !otherSubject) return;
    out ??= arcs.map((a) => ({ ...a }));
    out[n] = { head: arc.head, deprel: "obl:tmod" };
  });
  return out ?? arcs;
}
