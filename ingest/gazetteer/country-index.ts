import countries from "world-countries";

/** How a name was matched to a country. */
export type CountryNameKind = "common" | "official" | "alternative" | "demonym" | "capital" | "code";

/** The canonical record the entity-resolution layer can use for a country-like mention. */
export interface CountryRecord {
  /** Canonical short English name, e.g. "Ukraine", "United Kingdom". */
  name: string;
  official: string;
  cca2: string;
  cca3: string;
  capitals: string[];
  /** English demonym, e.g. "Ukrainian". */
  demonym: string;
  region: string;
  unMember: boolean;
}

export interface CountryMatch extends CountryRecord {
  /** What the looked-up string was: the country's name, its demonym, its capital… */
  matchedAs: CountryNameKind;
}

/** Common English forms that world-countries lacks; kept small and explicit. */
const EXTRA_NAMES: readonly (readonly [string, string])[] = [
  ["U.S.", "US"],
  ["U.S.A.", "US"],
  ["America", "US"],
  ["U.K.", "GB"],
  ["Britain", "GB"],
  ["England", "GB"],
  ["Washington", "US"],
  ["Kiev", "UA"],
  ["Czech Republic", "CZ"],
  ["Holland", "NL"],
  ["Burma", "MM"],
  ["Ivory Coast", "CI"],
  ["Russian Federation", "RU"],
];
const EXTRA_DEMONYMS: readonly (readonly [string, string])[] = [
  ["Briton", "GB"],
  ["English", "GB"],
  ["Britons", "GB"],
];

const newsCodes: ReadonlySet<string> = new Set(["US", "UK"]);

/** Lowercased name → match; first registration wins so that common names outrank capitals and codes. */
export interface CountryIndex {
  byKey: Map<string, CountryMatch>;
  records: CountryRecord[];
}

export function normalizeCountryKey(name: string): string {
  return name.normalize("NFC").replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
}

/** Builds the lookup table from the world-countries package (names, altSpellings, demonyms, capitals). */
export function buildCountryIndex(): CountryIndex {
  const byKey = new Map<string, CountryMatch>();
  const records: CountryRecord[] = [];
  const byCode = new Map<string, CountryRecord>();
  const add = (key: string, record: CountryRecord, matchedAs: CountryNameKind): void => {
    const k = normalizeCountryKey(key);
    if (k.length === 0 || byKey.has(k)) return;
    byKey.set(k, { ...record, matchedAs });
  };
  for (const c of countries) {
    const record: CountryRecord = {
      name: c.name.common,
      official: c.name.official,
      cca2: c.cca2,
      cca3: c.cca3,
      capitals: [...c.capital],
      demonym: c.demonyms["eng"]?.m ?? "",
      region: c.region,
      unMember: c.unMember,
    };
    records.push(record);
    byCode.set(c.cca2, record);
  }
  // Names first, across all countries, so that a country name is never shadowed by another's capital.
  for (const r of records) add(r.name, r, "common");
  for (const r of records) add(r.official, r, "official");
  for (const [name, code] of EXTRA_NAMES) {
    const r = byCode.get(code);
    if (r) add(name, r, "alternative");
  }
  countries.forEach((c, i) => {
    for (const alt of c.altSpellings) if (alt.length > 2) add(alt, records[i]!, "alternative");
  });
  // Territories share demonyms and capitals with their states ("French": France, not the French Southern and
  // Antarctic Lands; "American": not the Northern Mariana Islands), so UN members register theirs first.
  const statesFirst = [...records].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const r of statesFirst) if (r.demonym) add(r.demonym, r, "demonym");
  // Plural demonyms for nouns of nationality ("Russians", "Israelis"); "-ese"/"-ish" forms have no plural in -s.
  for (const r of statesFirst) if (/(an|i)$/.test(r.demonym)) add(r.demonym + "s", r, "demonym");
  for (const [name, code] of EXTRA_DEMONYMS) {
    const r = byCode.get(code);
    if (r) add(name, r, "demonym");
  }
  for (const r of statesFirst) for (const cap of r.capitals) add(cap, r, "capital");
  // Two-letter codes last and only in capitals: lowercase "us" is a pronoun. Only the codes news text uses as
  // names; the others mean something else in a sentence ("LA" is Los Angeles, not Laos; "PM", "IT", "SA").
  countries.forEach((c, i) => {
    for (const alt of c.altSpellings) if (newsCodes.has(alt)) add(alt, records[i]!, "code");
  });
  return { byKey, records };
}
