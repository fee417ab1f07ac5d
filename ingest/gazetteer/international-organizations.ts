import data from "./international-organizations.json";
import { createNameLookup, type KnownName } from "./name-lookup";

/** An international organisation: canonical name plus short forms, from the hand-written data file. */
export type InternationalOrganization = KnownName;

export function internationalOrganizations(): InternationalOrganization[] {
  return data.organizations.map((names) => ({ name: names[0] ?? "", aliases: names.slice(1) }));
}

let lookup: ((name: string) => InternationalOrganization | undefined) | undefined;

/** The canonical organisation for a name or short form ("NATO" → North Atlantic Treaty Organization). */
export function organizationByName(name: string): InternationalOrganization | undefined {
  lookup ??= createNameLookup(internationalOrganizations());
  return lookup(name);
}
