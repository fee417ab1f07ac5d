import data from "./institution-aliases.json";
import { createNameLookup, type KnownName } from "./name-lookup";

let lookup: ((name: string) => KnownName | undefined) | undefined;

/**
 * The canonical name of an institution news names in several ways ("Fed", "Federal Reserve Board" →
 * Federal Reserve; "USDA" → Agriculture Department (United States)). For entity resolution only: the NER's
 * gazetteer features are trained on the international organisations alone.
 */
export function institutionByAlias(name: string): KnownName | undefined {
  lookup ??= createNameLookup(
    data.institutions.map((names) => ({ name: names[0] ?? "", aliases: names.slice(1) })),
  );
  return lookup(name);
}
