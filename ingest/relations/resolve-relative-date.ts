const weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/**
 * The date a sentence's own time expression points to, against the article's date: "on Friday" is the
 * latest Friday on or before it (news reports past days by weekday), "yesterday" the day before.
 * undefined when the sentence says no such thing or the article has no date.
 */
export function resolveRelativeDate(
  words: readonly string[],
  articleDate: string | null,
): string | undefined {
  if (!articleDate || !/^\d{4}-\d{2}-\d{2}$/.test(articleDate)) return undefined;
  const base = new Date(`${articleDate}T12:00:00Z`);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.toLowerCase();
    if (w === "yesterday") return shift(base, -1);
    if (w === "today" || w === "tonight") return shift(base, 0);
    if (w === "tomorrow") return shift(base, 1);
    const day = weekdays.indexOf(w);
    if (day >= 0 && /^[A-Z]/.test(words[i]!)) {
      const prev = words[i - 1]?.toLowerCase();
      const back = (base.getUTCDay() - day + 7) % 7;
      if (prev === "next") return shift(base, back === 0 ? 7 : 7 - back);
      return shift(base, prev === "last" && back === 0 ? -7 : -back);
    }
  }
  return undefined;
}

function shift(base: Date, days: number): string {
  const d = new Date(base.getTime() + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}
