import data from "./international-organizations.json";

/** An international organisation: canonical name plus short forms, from the hand-written data file. */
export interface InternationalOrganization {
  name: string;
  aliases: string[];
}

export function internationalOrganizations(): InternationalOrganization[] {
  return data.organizations.map((names) => ({ name: names[0] ?? "", aliases: names.slice(1) }));
}

/** Lower-cased names and short forms to their organisations, in the data file's order (the first wins). */
let index: Map<string, { org: InternationalOrganization; forms: string[] }[]> | undefined;

function organizationIndex(): Map<string, { org: InternationalOrganization; forms: string[] }[]> {
  if (index) return index;
  index = new Map();
  for (const org of internationalOrganizations()) {
    for (const form of [org.name, ...org.aliases]) {
      const entries = index.get(form.toLowerCase()) ?? [];
      const entry = entries.find((e) => e.org === org);
      if (entry) entry.forms.push(form);
      else entries.push({ org, forms: [form] });
      index.set(form.toLowerCase(), entries);
    }
  }
  return index;
}

/** The canonical organisation for a name or short form ("NATO" → North Atlantic Treaty Organization). */
export function organizationByName(name: string): InternationalOrganization | undefined {
  const trimmed = name.trim();
  // A short form of three letters or fewer matches only as written ("UN", not "un").
  return organizationIndex()
    .get(trimmed.toLowerCase())
    ?.find(({ org, forms }) => forms.some((f) => f === org.name || f.length > 3 || f === trimmed))?.org;
}
