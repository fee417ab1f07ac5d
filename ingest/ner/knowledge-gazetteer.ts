import countries from "world-countries";
import { internationalOrganizations } from "../gazetteer/international-organizations";
import type { PhraseGazetteer } from "./phrase-gazetteer";
import { addPhrase, createPhraseGazetteer } from "./phrase-gazetteer";

/** Splits a name the way CoNLL tokenizes it: on spaces, with 's and trailing punctuation apart. */
export function nameTokens(name: string): string[] {
  return name
    .replace(/’/g, "'")
    .replace(/'s\b/g, " 's")
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

/**
 * Phrase lists from maintained packages: country names, official names and alternative spellings ("country"),
 * capitals ("capital"), English demonyms ("demonym", plural too) from world-countries, plus the hand-written
 * international organisations list ("org").
 */
export function knowledgeGazetteer(): PhraseGazetteer {
  const gaz = createPhraseGazetteer();
  const usable = (s: string): boolean => /^[A-Za-z][A-Za-z .'-]*$/.test(s) && s.length > 1;
  for (const c of countries) {
    for (const name of [c.name.common, c.name.official, ...c.altSpellings]) {
      if (usable(name) && (name.length > 2 || /^[A-Z]{2}$/.test(name)))
        addPhrase(gaz, nameTokens(name), "country");
    }
    for (const cap of c.capital) if (usable(cap)) addPhrase(gaz, nameTokens(cap), "capital");
    const dem = c.demonyms["eng"]?.m;
    if (dem && usable(dem)) {
      addPhrase(gaz, nameTokens(dem), "demonym");
      if (/an$/.test(dem)) addPhrase(gaz, nameTokens(dem + "s"), "demonym");
    }
  }
  for (const extra of ["U.S.", "U.K.", "Britain", "England", "Scotland", "Wales", "America"]) {
    addPhrase(gaz, [extra], "country");
  }
  for (const org of internationalOrganizations()) {
    for (const name of [org.name, ...org.aliases]) addPhrase(gaz, nameTokens(name), "org");
  }
  return gaz;
}
