import type { NerTag } from "../ner/ner-tag";
import type { Arc, TaggedWord } from "../nlp/types";

/** Words a walk back from "which" passes over to reach the noun the clause is about. */
const passedOver = /^(,|of|the|a|an|<|>)$/i;

/**
 * `arcs` with a "which" clause the parser hung on a person moved to the noun named last before it: in
 * "Richard Bolin, director of the Flagstaff Institute of Arizona, which studies trade issues" and "Daniel
 * Yergin, director of Cambridge Energy Research Associates, which recently completed a survey" the parser
 * made the person the one who studies and surveys. "Which" never stands for a person. The clause goes to the
 * nearest noun before it that names no person and no place (a place after "of" says where: "Institute of
 * Arizona"), passing over a stock symbol in brackets; to that noun's phrase head.
 */
export function relativeHosts(
  arcs: readonly Arc[],
  tags: readonly TaggedWord[],
  words: readonly string[],
  ner: readonly NerTag[] = [],
): readonly Arc[] {
  let out: Arc[] | undefined;
  arcs.forEach((arc, n) => {
    if (tags[n]!.xpos !== "WDT" || !/^which$/i.test(words[n]!)) return;
    const verb = arc.head - 1;
    if (verb < 0 || arcs[verb]!.deprel !== "acl:relcl") return;
    const host = arcs[verb]!.head - 1;
    if (host < 0 || !/PER$/.test(ner[host] ?? "")) return;
    let k = n - 1;
    while (k > host) {
      if (words[k] === ">") {
        const open = words.lastIndexOf("<", k);
        k = open > host ? open - 1 : host;
        continue;
      }
      if (passedOver.test(words[k]!) || /LOC$/.test(ner[k] ?? "")) {
        k--;
        continue;
      }
      break;
    }
    if (k <= host || !/^(NOUN|PROPN)$/.test(tags[k]!.upos) || /PER$/.test(ner[k] ?? "")) return;
    // "Flagstaff Institute", "Narragansett Capital Corp": the name's head, as the parser built it.
    let head = k;
    for (let steps = 0; steps < 6 && /^(compound|flat|amod)$/.test(arcs[head]!.deprel); steps++) {
      const up = arcs[head]!.head - 1;
      if (up < 0 || up === verb || up <= host) break;
      head = up;
    }
    out ??= arcs.map((a) => ({ ...a }));
    out[verb] = { head: head + 1, deprel: "acl:relcl" };
  });
  return out ?? arcs;
}
