import { taggerForScoring, trainTaggerModel } from "./train-tagger-model";
import type { TreebankSentence } from "./treebank";

/**
 * Training sentences with predicted UPOS/XPOS in place of gold: each fold is tagged by a tagger trained on
 * the other folds, so the parser learns from tags as noisy as those it will see.
 */
export function jackknifeTags(
  train: readonly TreebankSentence[],
  folds: number,
  epochs: number,
  seed: number,
  log: (line: string) => void,
  clusters?: string,
  blocks = false,
  /** Tagging-only sentences (newswire) every fold's tagger also learns from, as the real tagger does. */
  extra: readonly TreebankSentence[] = [],
): TreebankSentence[] {
  const result = [...train];
  for (let f = 0; f < folds; f++) {
    // Interleaved folds share documents with the training part (tags come out cleaner than on new text);
    // contiguous blocks keep most documents whole.
    const inFold = (i: number): boolean =>
      blocks ? Math.floor((i * folds) / train.length) === f : i % folds === f;
    const data = trainTaggerModel([...train.filter((_, i) => !inFold(i)), ...extra], {
      epochs,
      seed: seed + f,
      pruneBelow: 0,
      bidirectional: false,
      ...(clusters ? { clusters } : {}),
    });
    const tagger = taggerForScoring(data);
    let right = 0;
    let total = 0;
    train.forEach((s, i) => {
      if (!inFold(i)) return;
      const labels = tagger.tagIndices(s.words).map((l) => data.labels[l]!.split(" ") as [string, string]);
      labels.forEach(([u], j) => void (total++, u === s.upos[j] && right++));
      result[i] = { ...s, upos: labels.map(([u]) => u), xpos: labels.map(([, x]) => x) };
    });
    log(`jackknife fold ${f + 1}/${folds}: UPOS ${((100 * right) / total).toFixed(2)}`);
  }
  return result;
}
