import type { Mention } from "./mention";

/**
 * The state of each state-institution mention of an article: its own ("Japan's Finance Ministry"); else
 * the state of the nearest mention of the same institution that has one ("… the Finance Ministry said");
 * else `main`, the state the article is about ({@link dominantState}). Undefined when the article does not
 * say: an unqualified "Treasury" stays one node rather than joining a guessed state's.
 */
export function institutionCountryOf(
  mentions: readonly Mention[],
  main: string | undefined,
): (m: Mention) => string | undefined {
  const stated = mentions.filter((m) => m.institution?.country);
  return (m) => {
    if (!m.institution) return undefined;
    if (m.institution.country) return m.institution.country;
    const same = stated.filter((o) => o.institution!.name === m.institution!.name);
    const nearest = same.reduce<Mention | undefined>(
      (best, o) => (!best || distance(o, m) < distance(best, m) ? o : best),
      undefined,
    );
    return nearest?.institution!.country ?? (guessable(m.institution.name) ? main : undefined);
  };
}

/**
 * "Commerce Department", "Senate": how an American wire names its own government, without "U.S."; a story
 * about Canada's lumber still quotes the U.S. Commerce Department, so the article's state says nothing.
 */
function guessable(name: string): boolean {
  return !/(^| )(Department|Senate)$/.test(name);
}

/** How far apart two mentions are, in sentences; an earlier mention wins a tie with a later one. */
function distance(a: Mention, b: Mention): number {
  const d = b.sentence - a.sentence;
  return d >= 0 ? 2 * d : -2 * d + 1;
}

/**
 * The state an article is about, when it clearly dominates: named (or meant by a demonym, capital or
 * title) more than twice as often as any other. A Tokyo story on bond coupons that names the U.S. twice
 * and Japan once is about no one state.
 */
export function dominantState(mentions: readonly Mention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const country = m.country ?? m.description?.country;
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return first && (!second || first[1] > 2 * second[1]) ? first[0] : undefined;
}
