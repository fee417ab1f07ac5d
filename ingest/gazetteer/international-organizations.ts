import data from "./international-organizations.json";

/** An international organisation: canonical name plus short forms, from the hand-written data file. */
export interface InternationalOrganization {
  name: string;
  aliases: string[];
}

export function internationalOrganizations(): InternationalOrganization[] {
  return data.organizations.map((names) => ({ name: names[0] ?? "", aliases: names.slice(1) }));
}

/** The canonical organisation for a name or short form ("NATO" → North Atlantic Treaty Organization). */
export function organizationByName(name: string): InternationalOrganization | undefined {
  const key = name.trim().toLowerCase();
  return internationalOrganizations().find(
    (o) =>
      o.name.toLowerCase() === key ||
      o.aliases.some((a) => a.toLowerCase() === key && (a.length > 3 || a === name.trim())),
  );
}
