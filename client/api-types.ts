/** Wire shapes of the newsgraph API, as the client reads them (see the API contract in docs/client.md). */

export type KnownEntityType = "PERSON" | "ORGANIZATION" | "PLACE" | "EVENT" | "CONCEPT";
// The server's own types: the wire format is defined once, where it is produced.
import type { Modality, Polarity } from "../ingest/extraction";
import type { EntityNodeAttributes, FactEdgeAttributes } from "../server/to-serialized-graph";

export type { EntityNodeAttributes, FactEdgeAttributes, Modality, Polarity };
export type Direction = "out" | "in";

export interface WireNode<A> {
  key: string;
  attributes: A;
}

export interface WireEdge<A> {
  key: string;
  source: string;
  target: string;
  attributes: A;
}

export interface WireGraphOptions {
  type: "directed" | "undirected" | "mixed";
  multi: boolean;
  allowSelfLoops: boolean;
}

/** graphology's serialized format, used as is on the wire. */
export interface WireGraph<N, E> {
  attributes: Record<string, unknown>;
  options: WireGraphOptions;
  nodes: WireNode<N>[];
  edges: WireEdge<E>[];
}

export type NewsGraph = WireGraph<EntityNodeAttributes, FactEdgeAttributes>;

export interface EntitySummary {
  id: string;
  name: string;
  type: string;
}

export interface Entity extends EntitySummary {
  aliases: string[];
  mentions: number;
}

export interface ArticleRef {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
}

export interface EntityRelation {
  direction: Direction;
  predicate: string;
  relation: string;
  other: EntitySummary;
  sentence: string;
  sentenceIndex: number;
  article: ArticleRef;
  confidence: number;
  polarity: Polarity;
  /** One of Modality, or any marker a newer extractor emits. */
  modality: string;
  /** When the fact happened, if the extractor found a date (optional on the wire). */
  date: string | null;
  /** Who is reported to have said it, if anyone (optional on the wire). */
  attribution: string | null;
}

export interface EntityDetails {
  entity: Entity;
  relations: EntityRelation[];
}

export interface SearchResult extends Entity {
  score: number;
}

export interface ArticleInput {
  text: string;
  title?: string;
  /** YYYY-MM-DD */
  date?: string;
  source?: string;
  url?: string;
}

export interface IngestResult {
  articleId: string;
  sentences: number;
  entities: number;
  relations: number;
}

export interface CypherNode {
  kind: "node";
  id: string;
  labels: string[];
  properties: Record<string, CypherValue>;
}

export interface CypherRelationship {
  kind: "relationship";
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, CypherValue>;
}

export interface CypherPath {
  kind: "path";
  nodes: CypherNode[];
  relationships: CypherRelationship[];
}

export type CypherValue =
  | null
  | boolean
  | number
  | string
  | CypherValue[]
  | CypherNode
  | CypherRelationship
  | CypherPath
  | { [key: string]: CypherValue };

export interface CypherNodeAttributes {
  label: string;
  type: string;
  labels: string[];
  properties: Record<string, CypherValue>;
}

export interface CypherEdgeAttributes {
  predicate: string;
  properties: Record<string, CypherValue>;
}

export interface CypherResponse {
  columns: string[];
  rows: Record<string, CypherValue>[];
  graph: WireGraph<CypherNodeAttributes, CypherEdgeAttributes>;
  truncated: boolean;
}

export interface Health {
  status: string;
  neo4j: { connected: boolean; version: string | null };
}
