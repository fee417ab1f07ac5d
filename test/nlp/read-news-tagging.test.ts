import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { readNewsTagging } from "../../scripts/ud/read-news-tagging";
import type { TreebankSentence } from "../../scripts/ud/treebank";

// Sentences of our own, in CoNLL-2003's `word POS chunk NER` layout.
const conll = [
  "-DOCSTART- -X- O O",
  "",
  "The NNP I-NP O",
  "agency NN I-NP O",
  "said VBD I-VP O",
  '" " O O',
  "credits NNS I-NP O",
  "went VBD I-VP O",
  "to TO I-PP O",
  "farmers NNS I-NP O",
  '" " O O',
  "to TO I-VP O",
  "help VB I-VP O",
  ". . O O",
  "",
  "Prices NNS I-NP O",
  "rose VBD I-VP O",
  "in IN I-PP O",
  "long-term JJ I-NP O",
  "trading NN I-NP O",
  ". . O O",
  "",
  "UNITED NNP I-NP I-ORG",
  "SAYS VBZ I-VP O",
  "IT PRP I-NP O",
  "WILL MD I-VP O",
  "GROW VB I-VP O",
  ". . O O",
  "",
  "Leeds NNP I-NP I-ORG",
  "1 CD I-NP O",
  "Chelsea NNP I-NP I-ORG",
  "2 CD I-NP O",
  "Everton NNP I-NP I-ORG",
  "3 CD I-NP O",
  "",
].join("\n");

const reference: TreebankSentence[] = [
  {
    words: ["The", "credits", "went", "to", "farmers", "to", "help", '"', "said", "agency", "."],
    upos: ["DET", "NOUN", "VERB", "ADP", "NOUN", "PART", "VERB", "PUNCT", "VERB", "NOUN", "PUNCT"],
    xpos: ["DT", "NNS", "VBD", "IN", "NNS", "TO", "VB", "``", "VBD", "NN", "."],
    lemmas: [],
    heads: [],
    deprels: [],
  },
  {
    words: ["The", "Times", "said", '"'],
    upos: ["DET", "PROPN", "VERB", "PUNCT"],
    xpos: ["NNP", "NNP", "VBD", "''"],
    lemmas: [],
    heads: [],
    deprels: [],
  },
];

function read(text: string): TreebankSentence[] {
  const path = join(mkdtempSync(join(tmpdir(), "news-tagging-")), "eng.train");
  writeFileSync(path, text);
  return readNewsTagging(path, reference);
}

describe("readNewsTagging", () => {
  it("keeps running text only, in EWT's tag conventions", () => {
    const sentences = read(conll);
    expect(sentences.map((s) => s.words[0])).toEqual(["The"]);
    const [s] = sentences;
    expect(s!.xpos).toEqual(["NNP", "NN", "VBD", "``", "NNS", "VBD", "IN", "NNS", "''", "TO", "VB", "."]);
    // UPOS by the word and tag in the treebank ("The" as NNP is the Times' DET), else by the tag alone.
    expect(s!.upos).toEqual([
      "DET",
      "NOUN",
      "VERB",
      "PUNCT",
      "NOUN",
      "VERB",
      "ADP",
      "NOUN",
      "PUNCT",
      "PART",
      "VERB",
      "PUNCT",
    ]);
  });

  it("says which file it could not read and how to do without it", () => {
    expect(() => readNewsTagging("/nonexistent/eng.train", reference)).toThrow(/NEWS_TAGGING=0/);
  });
});
