import type { CountryIndex, CountryMatch } from "./country-index";
import { buildCountryIndex, normalizeCountryKey } from "./country-index";

/**
 * The country a name, official name, alternative spelling, demonym or capital refers to:
 * countryByName("Ukrainian") → Ukraine (matchedAs "demonym"), "U.S." → United States, "UK" → United Kingdom,
 * "Kyiv" → Ukraine (matchedAs "capital"). Two-letter codes match only in upper case. Pass an index to reuse it.
 */
export function countryByName(name: string, index: CountryIndex = defaultIndex()): CountryMatch | undefined {
  const trimmed = name.trim();
  if (/^[a-z]{2}$/i.test(trimmed) && trimmed !== trimmed.toUpperCase()) return undefined;
  const key = normalizeCountryKey(trimmed.replace(/^the\s+/i, ""));
  return index.byKey.get(key) ?? index.byKey.get(normalizeCountryKey(trimmed));
}

/** The canonical country name for any of its forms, or undefined. */
export function canonicalCountryName(name: string, index: CountryIndex = defaultIndex()): string | undefined {
  return countryByName(name, index)?.name;
}

let cached: CountryIndex | undefined;
/** The index is derived from a constant package table, so building it once per process is safe. */
function defaultIndex(): CountryIndex {
  cached ??= buildCountryIndex();
  return cached;
}
