import type { AnalyzedSentence } from "../../ingest/extract/analyzed-sentence";
import { isConjoinedPassive, isPassive } from "../../ingest/relations/passive-voice";
import { wordSentence } from "../support/word-sentence";

/** A sentence with its parse given as 0-based heads (-1 for the root) and labels. */
function parsed(
  text: string,
  xpos: string[],
  lemmas: string[],
  heads: number[],
  deprels: string[],
): AnalyzedSentence {
  const children: number[][] = heads.map(() => []);
  heads.forEach((h, i) => {
    if (h >= 0) children[h]!.push(i);
  });
  return wordSentence(text, { xpos, lemmas, heads, deprels, children });
}

describe("passive voice", () => {
  // "Delta lost money and will be acquired": "acquired" conjoined to "lost", with its own "be".
  const conjoined = parsed(
    "Delta lost money and will be acquired",
    ["NNP", "VBD", "NN", "CC", "MD", "VB", "VBN"],
    ["delta", "lose", "money", "and", "will", "be", "acquire"],
    [1, -1, 1, 6, 6, 6, 1],
    ["nsubj", "root", "obj", "cc", "aux", "aux:pass", "conj"],
  );

  it("reads a conjoined participle with a passive auxiliary and no subject as passive", () => {
    expect(isConjoinedPassive(conjoined, 6)).toBe(true);
    expect(isPassive(conjoined, 6)).toBe(true);
    expect(isPassive(conjoined, 1)).toBe(false);
  });

  it("does not when the participle controls a clause ('and was hired to build')", () => {
    const controls = parsed(
      "Delta lost money and was hired to build",
      ["NNP", "VBD", "NN", "CC", "VBD", "VBN", "TO", "VB"],
      ["delta", "lose", "money", "and", "be", "hire", "to", "build"],
      [1, -1, 1, 5, 5, 1, 7, 5],
      ["nsubj", "root", "obj", "cc", "aux:pass", "conj", "mark", "xcomp"],
    );
    expect(isConjoinedPassive(controls, 5)).toBe(false);
  });

  it("needs a passive auxiliary: an active subject labelled nsubj:pass is not passive ('they had agreed')", () => {
    const active = parsed(
      "they had agreed",
      ["PRP", "VBD", "VBN"],
      ["they", "have", "agree"],
      [2, 2, -1],
      ["nsubj:pass", "aux", "root"],
    );
    expect(isPassive(active, 2)).toBe(false);
  });
});
