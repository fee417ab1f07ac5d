/** The form a word is looked up under in the cluster table: typographic quotes unified, digits as 0. */
export function clusterKey(word: string): string {
  return word.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/[0-9]/g, "0");
}
