import type { EntitySpan, EntityType, NerTag } from "./ner-tag";
import { ENTITY_TYPES } from "./ner-tag";

/**
 * The model's internal label set, BILOU: label 0 is O, label 1 + 4·t + p is position p (B, I, L, U) of type t.
 * BILOU lets the model learn how entities end and begin separately, which IOB cannot express.
 */
export const BILOU_POSITIONS = ["B", "I", "L", "U"] as const;
export const LABEL_COUNT = 1 + 4 * ENTITY_TYPES.length;

export function labelName(label: number): string {
  if (label === 0) return "O";
  const t = Math.floor((label - 1) / 4);
  return `${BILOU_POSITIONS[(label - 1) % 4]}-${ENTITY_TYPES[t]}`;
}

export function labelOf(position: (typeof BILOU_POSITIONS)[number], type: EntityType): number {
  return 1 + 4 * ENTITY_TYPES.indexOf(type) + BILOU_POSITIONS.indexOf(position);
}

/** BILOU label ids for spans over n tokens. */
export function spansToBilou(spans: readonly EntitySpan[], n: number): Int32Array {
  const labels = new Int32Array(n);
  for (const sp of spans) {
    if (sp.end - sp.start === 1) {
      labels[sp.start] = labelOf("U", sp.type);
      continue;
    }
    labels[sp.start] = labelOf("B", sp.type);
    for (let i = sp.start + 1; i < sp.end - 1; i++) labels[i] = labelOf("I", sp.type);
    labels[sp.end - 1] = labelOf("L", sp.type);
  }
  return labels;
}

/** IOB2 tags from BILOU label ids. */
export function bilouToIob2(labels: ArrayLike<number>): NerTag[] {
  const tags: NerTag[] = [];
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (label === 0) {
      tags.push("O");
      continue;
    }
    const type = ENTITY_TYPES[Math.floor((label - 1) / 4)]!;
    const p = (label - 1) % 4;
    tags.push(p === 0 || p === 3 ? `B-${type}` : `I-${type}`);
  }
  return tags;
}

/**
 * Allowed transitions as a (LABEL_COUNT + 1) × LABEL_COUNT 0/1 table; row LABEL_COUNT is the sentence start.
 * Inside an entity (after B or I of type t) only I or L of t may follow; elsewhere only O, B or U.
 */
export function allowedTransitions(): Uint8Array {
  const L = LABEL_COUNT;
  const allowed = new Uint8Array((L + 1) * L);
  for (let prev = 0; prev <= L; prev++) {
    const open = prev > 0 && prev < L && ((prev - 1) % 4 === 0 || (prev - 1) % 4 === 1);
    const openType = open ? Math.floor((prev - 1) / 4) : -1;
    for (let cur = 0; cur < L; cur++) {
      const p = cur === 0 ? -1 : (cur - 1) % 4;
      const t = cur === 0 ? -1 : Math.floor((cur - 1) / 4);
      const ok = open ? t === openType && (p === 1 || p === 2) : cur === 0 || p === 0 || p === 3;
      allowed[prev * L + cur] = ok ? 1 : 0;
    }
  }
  return allowed;
}

/** Whether a label may end a sentence (O, L or U). */
export function canEnd(label: number): boolean {
  return label === 0 || (label - 1) % 4 === 2 || (label - 1) % 4 === 3;
}
