import type { EntityType } from "../extraction";
import type { RolePredicate } from "./role-titles";
import type { StateInstitution } from "./state-institution";

/**
 * "group": "both countries", "the two sides" — the two states the article is about.
 * "nominal": a definite description ("the team") that may refer back to a named entity.
 */
export type MentionKind = "name" | "pronoun" | "description" | "demonym" | "group" | "nominal";

/** A stretch of a sentence that refers to an entity; resolution groups mentions into entities. */
export interface Mention {
  id: number;
  sentence: number;
  /** Token range [start, end). */
  start: number;
  end: number;
  /** The syntactic head token of the span. */
  head: number;
  text: string;
  kind: MentionKind;
  type: EntityType;
  /** The canonical country when the mention names one, or is its demonym or capital. */
  country?: string;
  /** Capital cities stand for their state when they act ("Moscow had issued ultimatums"). */
  isCapital?: boolean;
  /** Canonical name from a knowledge package (international organisations). */
  canonical?: string;
  /** he/she → PERSON, it → ORGANIZATION or PLACE, they → a group mentioned just before. */
  pronoun?: "person" | "thing" | "group";
  /** A name inside a longer name ("United States" in "United States Navy"): resolved, never an argument. */
  nested?: boolean;
  /** A nominal that introduces something rather than pointing back ("a group of teenagers"). */
  indefinite?: boolean;
  /** The state an organisation's own name gives: "Bank of Japan", "U.S. Federal Reserve" (not a capital's). */
  stateInName?: string;
  /** "Japan's Finance Ministry": an institution every state has, with the state when the sentence says it. */
  institution?: StateInstitution;
  /** "the Ukrainian leader": a person known by a role of a country. */
  description?: { role: RolePredicate; country: string };
}
