/**
 * Aligns system mentions with gold mentions one to one, either on exact character spans or on the gold
 * mention's syntactic head.
 */

/** exact: same [start, end). head: the system span lies inside the gold span and covers its head word. */
export type MatchMode = "exact" | "head";

export interface Span {
  start: number;
  end: number;
}

export interface GoldSpan extends Span {
  /** Character span of the gold mention's head word. */
  head: Span;
}

/**
 * For each system span, the index of the gold span it is aligned with, or undefined. Exact matches are
 * taken first; under head matching the rest go greedily to the smallest enclosing gold mention, the
 * longest system span first, so "Donald Trump" pairs with "President Donald Trump" and not with a whole
 * clause that happens to be headed by Trump.
 */
export function matchMentions(
  gold: readonly GoldSpan[],
  system: readonly Span[],
  mode: MatchMode,
): (number | undefined)[] {
  const result: (number | undefined)[] = system.map(() => undefined);
  const goldTaken = new Set<number>();
  const byKey = new Map<string, number[]>();
  gold.forEach((g, i) => {
    const k = `${g.start}:${g.end}`;
    byKey.set(k, [...(byKey.get(k) ?? []), i]);
  });
  system.forEach((s, j) => {
    const free = (byKey.get(`${s.start}:${s.end}`) ?? []).find((i) => !goldTaken.has(i));
    if (free === undefined) return;
    result[j] = free;
    goldTaken.add(free);
  });
  if (mode === "exact") return result;
  const pairs: { i: number; j: number; goldLength: number; systemLength: number }[] = [];
  system.forEach((s, j) => {
    if (result[j] !== undefined) return;
    gold.forEach((g, i) => {
      if (goldTaken.has(i)) return;
      const inside = s.start >= g.start && s.end <= g.end;
      const coversHead = s.start <= g.head.start && s.end >= g.head.end;
      if (inside && coversHead) {
        pairs.push({ i, j, goldLength: g.end - g.start, systemLength: s.end - s.start });
      }
    });
  });
  pairs.sort((a, b) => a.goldLength - b.goldLength || b.systemLength - a.systemLength || a.i - b.i);
  for (const p of pairs) {
    if (goldTaken.has(p.i) || result[p.j] !== undefined) continue;
    result[p.j] = p.i;
    goldTaken.add(p.i);
  }
  return result;
}
