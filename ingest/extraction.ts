/** The extractor's output: what one article says, before it is stored. */

export type EntityType = "PERSON" | "ORGANIZATION" | "PLACE" | "EVENT" | "CONCEPT" | "MISC";

export type Polarity = "positive" | "negative";

/** How the sentence commits to the fact: stated, or only planned, demanded, proposed, reported, possible. */
export type Modality = "asserted" | "planned" | "demanded" | "proposed" | "reported" | "possible";

export interface ArticleInput {
  id?: string | undefined;
  title?: string | undefined;
  date?: string | undefined;
  source?: string | undefined;
  url?: string | undefined;
  text: string;
}

export interface Article {
  id: string;
  title: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  source: string | null;
  url: string | null;
  text: string;
  /** sha256 of the text: re-ingesting identical content is a no-op. */
  contentHash: string;
}

export interface Entity {
  /** Stable across articles: `${type}:${slug of canonical name}`, e.g. person:volodymyr-zelenskiy. */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Mentions in this article. */
  mentions: number;
}

export interface Triple {
  article: string;
  subject: Entity;
  /** Canonical relation type, UPPER_SNAKE, e.g. CALLED. */
  predicate: string;
  /** The surface phrase from the sentence, e.g. "held a phone call with". */
  relation: string;
  object: Entity;
  polarity: Polarity;
  modality: Modality;
  confidence: number;
  sentence: string;
  sentenceIndex: number;
  /** The date the fact refers to when known (relative dates resolved), else the article's date. */
  date: string | null;
  /** Who the sentence attributes the fact to ("his spokesperson said"), when reported. */
  attribution: string | null;
}

export interface Extraction {
  article: Article;
  sentenceCount: number;
  entities: Entity[];
  triples: Triple[];
}
