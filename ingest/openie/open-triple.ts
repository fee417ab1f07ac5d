/** One open-domain extraction: `arg1 | relation | args…`, each part a phrase of the sentence (CaRB's shape). */
export interface OpenTriple {
  relation: string;
  arg1: string;
  args: string[];
  confidence: number;
}
