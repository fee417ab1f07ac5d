/** A known organisation: its canonical name and other forms of it. */
export interface KnownName {
  name: string;
  aliases: string[];
}

/**
 * A case-insensitive lookup of canonical names and short forms (the first entry wins); a short form of
 * three letters or fewer matches only as written ("UN", not "un"; "Fed", not "fed").
 */
export function createNameLookup<T extends KnownName>(
  entries: readonly T[],
): (name: string) => T | undefined {
  const index = new Map<string, { entry: T; forms: string[] }[]>();
  for (const entry of entries) {
    for (const form of [entry.name, ...entry.aliases]) {
      const matches = index.get(form.toLowerCase()) ?? [];
      const match = matches.find((e) => e.entry === entry);
      if (match) match.forms.push(form);
      else matches.push({ entry, forms: [form] });
      index.set(form.toLowerCase(), matches);
    }
  }
  return (name) => {
    const trimmed = name.trim();
    return index
      .get(trimmed.toLowerCase())
      ?.find(({ entry, forms }) => forms.some((f) => f === entry.name || f.length > 3 || f === trimmed))
      ?.entry;
  };
}
