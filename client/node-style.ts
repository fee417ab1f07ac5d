import type { KnownEntityType } from "./api-types";

export interface NodeStyle {
  color: string;
  size: number;
}

/** Colours of the known entity types (Tableau 10: distinct, calm, readable on white). */
export const typeColors: Readonly<Record<KnownEntityType, string>> = {
  PERSON: "#4e79a7",
  ORGANIZATION: "#f28e2b",
  PLACE: "#59a14f",
  EVENT: "#e15759",
  CONCEPT: "#b07aa1",
};

/** Types outside the known five get one of these, stable per type name. */
const extraColors = ["#76b7b2", "#edc948", "#9c755f", "#ff9da7", "#bab0ac"] as const;

export const minNodeSize = 2.5;
export const maxNodeSize = 16;

export function typeColor(type: string): string {
  const known = typeColors[type as KnownEntityType] as string | undefined;
  if (known) return known;
  let hash = 0;
  for (let i = 0; i < type.length; i += 1) hash = (hash * 31 + type.charCodeAt(i)) >>> 0;
  return extraColors[hash % extraColors.length]!;
}

/**
 * Square-root scale of the degree, so area grows with it: hubs stand out without a few of them
 * covering the picture.
 */
export function nodeSize(degree: number, maxDegree: number): number {
  if (maxDegree <= 0 || degree <= 0) return minNodeSize;
  const t = Math.sqrt(Math.min(degree, maxDegree) / maxDegree);
  return Math.round((minNodeSize + (maxNodeSize - minNodeSize) * t) * 100) / 100;
}

export function nodeStyle(type: string, degree: number, maxDegree: number): NodeStyle {
  return { color: typeColor(type), size: nodeSize(degree, maxDegree) };
}
