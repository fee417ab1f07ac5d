import type { MentionKind } from "./entities/mention";
import type { ArticleInput, EntityType, Extraction } from "./extraction";

/** A mention with the entity it was resolved to, in character offsets of the article text. */
export interface ResolvedMention {
  sentence: number;
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  type: EntityType;
  /** undefined when resolution found no entity (an unresolved pronoun, a lone demonym). */
  entityId: string | undefined;
}

/** Turns one article into entities and triples. Built once with its models, then called per article. */
export interface ArticleExtractor {
  extract(input: ArticleInput): Extraction;
  /** The article's mentions and the entities they resolve to, for coreference evaluation. */
  mentions(input: ArticleInput): ResolvedMention[];
}
