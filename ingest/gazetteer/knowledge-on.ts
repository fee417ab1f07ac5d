import type { Knowledge } from "../entities/knowledge";

type Form = "common" | "demonym" | "capital";

interface HistoricalState {
  name: string;
  /** The day it ceased to exist (ISO date): its dated names stand for it only in news dated before. */
  until: string;
  /** Lower-cased forms that only ever meant this state ("Soviet", "West German"). */
  names: Readonly<Record<string, Form>>;
  /**
   * Lower-cased names that meant this state while it existed and mean another place now: its capital
   * ("Moscow" in 1987), or its successor's name ("Germany", "German": West Germany until unification).
   */
  dated: Readonly<Record<string, Form>>;
}

/** States of the last decades of newswire that today's country list does not have. */
const states: readonly HistoricalState[] = [
  {
    name: "Soviet Union",
    until: "1991-12-26",
    names: {
      "soviet union": "common",
      "the soviet union": "common",
      ussr: "common",
      "u.s.s.r.": "common",
      soviets: "common",
      soviet: "demonym",
    },
    dated: { moscow: "capital" },
  },
  {
    name: "West Germany",
    until: "1990-10-03",
    names: { "west germany": "common", "west german": "demonym", "west germans": "demonym" },
    dated: {
      bonn: "capital",
      germany: "common",
      "federal republic of germany": "common",
      german: "demonym",
      germans: "demonym",
    },
  },
  {
    name: "East Germany",
    until: "1990-10-03",
    names: { "east germany": "common", "east german": "demonym", "east germans": "demonym" },
    dated: { "east berlin": "capital" },
  },
  {
    name: "Czechoslovakia",
    until: "1993-01-01",
    names: { czechoslovakia: "common", czechoslovak: "demonym" },
    dated: { prague: "capital" },
  },
  {
    name: "Yugoslavia",
    until: "1992-04-27",
    names: { yugoslavia: "common", yugoslav: "demonym" },
    dated: { belgrade: "capital" },
  },
];

/**
 * The day each listed organisation founded after the 1980s came into being (ISO date): its short form
 * names it only in news dated from then on. In 1987 "the ICC" is the Interstate Commerce Commission, never
 * the International Criminal Court (2002); "EU" and "WTO" named nothing yet.
 */
const founded: ReadonlyMap<string, string> = new Map([
  ["Commonwealth of Independent States", "1991-12-08"],
  ["European Union", "1993-11-01"],
  ["World Trade Organization", "1995-01-01"],
  ["Organization for Security and Cooperation in Europe", "1995-01-01"],
  ["European Central Bank", "1998-06-01"],
  ["Group of 20", "1999-09-26"],
  ["International Criminal Court", "2002-07-01"],
  ["African Union", "2002-07-09"],
]);

/** Every form, looked up once per name instead of per state. */
const byForm = new Map<string, { state: HistoricalState; form: Form }>();
const byDatedForm = new Map<string, { state: HistoricalState; form: Form }>();
for (const state of states) {
  for (const [name, form] of Object.entries(state.names)) byForm.set(name, { state, form });
  for (const [name, form] of Object.entries(state.dated)) byDatedForm.set(name, { state, form });
}

/**
 * The knowledge as it stood on `date` (ISO, or null when the article has none): "Soviet" and "West
 * Germany" name the states they named, and in 1987 "Moscow" is the Soviet Union, "Bonn" and "German" West
 * Germany, not Russia, a city or today's Germany; an organisation founded later names nothing yet. Everything else comes from
 * `knowledge`.
 */
export function knowledgeOn(knowledge: Knowledge, date: string | null): Knowledge {
  return {
    organization: (name) => {
      const organization = knowledge.organization(name);
      const since = organization && founded.get(organization.name);
      return date && since && date < since ? undefined : organization;
    },
    country: (name) => {
      const key = name.trim().toLowerCase();
      const named = byForm.get(key);
      if (named) return { name: named.state.name, matchedAs: named.form };
      const dated = byDatedForm.get(key);
      if (date && dated && date < dated.state.until) return { name: dated.state.name, matchedAs: dated.form };
      return knowledge.country(name);
    },
  };
}
