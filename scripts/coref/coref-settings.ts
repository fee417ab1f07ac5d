/** The settings eval:coref reports; the first is the headline figure. */
import type { NamedSetting } from "./evaluate-coref";
import type { CorefSetting } from "./score-document";

const base: CorefSetting = {
  match: "head",
  categories: ["named", "nominal"],
  goldTypes: ["person", "organization", "place"],
  systemTypes: ["PERSON", "ORGANIZATION", "PLACE"],
  singletons: false,
};

export const corefSettings: readonly NamedSetting[] = [
  { name: "named+nominal, head match, no singletons (headline)", setting: base },
  { name: "named+nominal, head match, with singletons", setting: { ...base, singletons: true } },
  { name: "named+nominal, exact span, no singletons", setting: { ...base, match: "exact" } },
  { name: "named only, head match, no singletons", setting: { ...base, categories: ["named"] } },
  {
    name: "+pronouns, head match, no singletons",
    setting: { ...base, categories: ["named", "nominal", "pronominal"] },
  },
  {
    name: "+pronouns, exact span, no singletons",
    setting: { ...base, match: "exact", categories: ["named", "nominal", "pronominal"] },
  },
];
