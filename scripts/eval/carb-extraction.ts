/** One Open IE tuple as CaRB reads it: gold, our tabbed output and the OpenIE-5 dump all become this. */
export interface CarbExtraction {
  sentence: string;
  confidence: number;
  relation: string;
  args: string[];
}
