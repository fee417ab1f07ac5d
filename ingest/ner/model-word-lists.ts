/** The word features' templates (see NerFeatureExtractor): the word or its lower case at a slot. */
const WORD_FEATURE = /^[wl](?:-?[12])?=/;

/**
 * The words a trained model's features mention, for NerResources: those in word bigrams (`bigramWords`)
 * and those in word features (`featureWords`). Features of any other word are unknown to the model.
 */
export function modelWordLists(features: readonly string[]): {
  bigramWords: Set<string>;
  featureWords: Set<string>;
} {
  const bigramWords = new Set<string>();
  const featureWords = new Set<string>();
  for (const f of features) {
    if (f.startsWith("l-1l0=") || f.startsWith("l0l1=")) {
      for (const part of f.slice(f.indexOf("=") + 1).split("|")) bigramWords.add(part);
    } else if (WORD_FEATURE.test(f)) featureWords.add(f.slice(f.indexOf("=") + 1));
  }
  return { bigramWords, featureWords };
}
