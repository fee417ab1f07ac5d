/**
 * Verb lemmas (optionally with a particle or preposition: "work on", "call for") → canonical predicate.
 * Modelled on news event coding (CAMEO / PLOVER): statements, appeals, intents, meetings, calls,
 * negotiation, agreement, cooperation, aid, demands, criticism, rejection, threats, protest,
 * sanctions, attacks, fighting. docs/relations.md documents each type. Verbs not listed keep their own
 * past tense as predicate (RALLIED), so nothing is lost, only left uncanonicalized.
 */
export const relationVocabulary: Readonly<Record<string, string>> = {
  // make statement
  say: "STATED",
  state: "STATED",
  announce: "ANNOUNCED",
  declare: "DECLARED",
  add: "STATED",
  // "how much this sector will add to first quarter spending": adding to a sum is no statement.
  "add to": "ADDED",
  claim: "STATED",
  note: "STATED",
  insist: "STATED",
  stress: "STATED",
  comment: "STATED",
  tell: "TOLD",
  inform: "TOLD",
  brief: "TOLD",
  // appeal or urge
  urge: "URGED",
  appeal: "URGED",
  "call for": "URGED",
  "call on": "URGED",
  press: "URGED",
  ask: "URGED",
  // "pleaded with him to stop", not "pleaded guilty" (a plea in court urges no one).
  "plead with": "URGED",
  "plead for": "URGED",
  // express intent
  pledge: "PLEDGED",
  promise: "PLEDGED",
  vow: "PLEDGED",
  plan: "PLANNED",
  intend: "PLANNED",
  // propose
  propose: "PROPOSED",
  suggest: "PROPOSED",
  offer: "OFFERED",
  // consult or meet
  meet: "MET",
  "meet with": "MET",
  visit: "VISITED",
  host: "MET",
  consult: "MET",
  // call
  call: "CALLED",
  phone: "CALLED",
  telephone: "CALLED",
  ring: "CALLED",
  // negotiate
  negotiate: "NEGOTIATED",
  "negotiate with": "NEGOTIATED",
  discuss: "NEGOTIATED",
  "talk with": "NEGOTIATED",
  "talk to": "NEGOTIATED",
  mediate: "NEGOTIATED",
  // agree
  agree: "AGREED",
  "agree to": "AGREED",
  "agree on": "AGREED",
  "agree with": "AGREED",
  sign: "SIGNED",
  accept: "ACCEPTED",
  approve: "APPROVED",
  endorse: "SUPPORTED",
  ratify: "APPROVED",
  // cooperate
  support: "SUPPORTED",
  back: "SUPPORTED",
  cooperate: "COOPERATED",
  "cooperate with": "COOPERATED",
  collaborate: "COOPERATED",
  "work with": "COOPERATED",
  join: "JOINED",
  rally: "RALLIED",
  // provide aid
  provide: "PROVIDED",
  supply: "PROVIDED",
  send: "SENT",
  give: "GAVE",
  donate: "PROVIDED",
  fund: "FUNDED",
  finance: "FUNDED",
  lend: "LENT",
  grant: "GRANTED",
  deliver: "PROVIDED",
  // demand
  demand: "DEMANDED",
  require: "DEMANDED",
  // criticize
  criticize: "CRITICIZED",
  criticise: "CRITICIZED",
  condemn: "CRITICIZED",
  denounce: "CRITICIZED",
  blame: "ACCUSED",
  accuse: "ACCUSED",
  slam: "CRITICIZED",
  // reject
  reject: "REJECTED",
  refuse: "REJECTED",
  deny: "DENIED",
  veto: "REJECTED",
  dismiss: "REJECTED",
  oppose: "OPPOSED",
  spurn: "REJECTED",
  rebuff: "REJECTED",
  // threaten
  threaten: "THREATENED",
  warn: "WARNED",
  // protest
  protest: "PROTESTED",
  boycott: "BOYCOTTED",
  // sanction
  sanction: "SANCTIONED",
  impose: "IMPOSED",
  embargo: "SANCTIONED",
  ban: "BANNED",
  // attack, fight
  attack: "ATTACKED",
  strike: "ATTACKED",
  bomb: "ATTACKED",
  shell: "ATTACKED",
  raid: "ATTACKED",
  invade: "INVADED",
  kill: "KILLED",
  wound: "INJURED",
  injure: "INJURED",
  "die from": "DIED_OF",
  "die of": "DIED_OF",
  rescue: "RESCUED",
  fight: "FOUGHT",
  "fight with": "FOUGHT",
  clash: "FOUGHT",
  "clash with": "FOUGHT",
  // proceed: "went ahead with the tax", "will press forward with reductions" (not an appeal, not going)
  "go ahead": "PROCEEDED",
  "press ahead": "PROCEEDED",
  "push ahead": "PROCEEDED",
  "forge ahead": "PROCEEDED",
  "move ahead": "PROCEEDED",
  "go forward": "PROCEEDED",
  "press forward": "PROCEEDED",
  "push forward": "PROCEEDED",
  "move forward": "PROCEEDED",
  "press on": "PROCEEDED",
  "push on": "PROCEEDED",
  "go along": "AGREED",
  // prepare
  prepare: "PREPARING",
  "work on": "PREPARING",
  draft: "PREPARING",
  // exchange and trade
  exchange: "EXCHANGED",
  swap: "EXCHANGED",
  trade: "EXCHANGED",
  // business
  buy: "ACQUIRED",
  acquire: "ACQUIRED",
  purchase: "ACQUIRED",
  "take over": "ACQUIRED",
  sell: "SOLD",
  merge: "MERGED",
  "merge with": "MERGED",
  own: "OWNS",
  elect: "ELECTED",
  appoint: "APPOINTED",
  name: "APPOINTED",
  nominate: "APPOINTED",
  lead: "LED",
  "lead to": "CAUSED",
  cause: "CAUSED",
  trigger: "CAUSED",
  head: "LED",
  win: "WON",
  lose: "LOST",
  arrest: "ARRESTED",
  sue: "SUED",
  release: "RELEASED",
  free: "RELEASED",
};

/** Light-verb nominals: "held a phone call with X" is CALLED X, "held talks with X" is MET X. */
export const eventNouns: Readonly<Record<string, string>> = {
  call: "CALLED",
  "phone call": "CALLED",
  "telephone call": "CALLED",
  conversation: "CALLED",
  talks: "NEGOTIATED",
  negotiations: "NEGOTIATED",
  // "had discussions with Marine Corp": discussing with someone is negotiating, as the verb is.
  discussions: "NEGOTIATED",
  consultations: "MET",
  meeting: "MET",
  meetings: "MET",
  summit: "MET",
  visit: "VISITED",
  agreement: "AGREED",
  deal: "AGREED",
  accord: "AGREED",
  attack: "ATTACKED",
  strike: "ATTACKED",
  sanctions: "SANCTIONED",
  // "would make an export enhancement offer to Moscow", "made an appeal to the rebels".
  offer: "OFFERED",
  proposal: "PROPOSED",
  appeal: "URGED",
  pledge: "PLEDGED",
  promise: "PLEDGED",
};

/**
 * Action nouns whose possessor did the action to the "of" phrase: "Norway's rejection of EC membership" is
 * Norway REJECTED EC membership. Each maps to its verb, whose predicate the vocabulary above gives.
 */
export const actionNouns: Readonly<Record<string, string>> = {
  rejection: "reject",
  approval: "approve",
  invasion: "invade",
  acquisition: "acquire",
  purchase: "purchase",
  takeover: "take over",
  criticism: "criticize",
  condemnation: "condemn",
  recognition: "recognize",
  withdrawal: "withdraw",
  annexation: "annex",
  occupation: "occupy",
  arrest: "arrest",
  release: "release",
  election: "elect",
  appointment: "appoint",
  dismissal: "dismiss",
  sale: "sell",
  support: "support",
  backing: "back",
  ratification: "ratify",
  suspension: "suspend",
  cancellation: "cancel",
  closure: "close",
  bombing: "bomb",
  shelling: "shell",
  sanctioning: "sanction",
  boycott: "boycott",
  veto: "veto",
};

/**
 * Nouns of intent whose possessor is the doer of their infinitive: "Sunak's effort to clear the backlog" is
 * Sunak clearing it, planned; "Acme's offer to buy Widget", proposed. The value is the fact's modality.
 */
export const intentNouns: Readonly<Record<string, "planned" | "proposed">> = {
  effort: "planned",
  move: "planned",
  plan: "planned",
  bid: "planned",
  attempt: "planned",
  decision: "planned",
  intention: "planned",
  campaign: "planned",
  drive: "planned",
  push: "planned",
  pledge: "planned",
  promise: "planned",
  commitment: "planned",
  offer: "proposed",
  proposal: "proposed",
};

/** Verbs that make the events they govern by "held/had/made/conducted a …" light. */
export const lightVerbs: ReadonlySet<string> = new Set([
  "hold",
  "have",
  "make",
  "conduct",
  "stage",
  "launch",
  "begin",
  "start",
  "carry",
  "pay",
  "sign",
  "reach",
  "strike",
]);

/** Verbs whose clausal complement is what someone said: the complement's facts are reported speech. */
export const speechVerbs: ReadonlySet<string> = new Set([
  "say",
  "tell",
  "announce",
  "state",
  "declare",
  "add",
  "claim",
  "note",
  "insist",
  "stress",
  "report",
  "warn",
  "confirm",
  "argue",
  "write",
  "explain",
  "believe",
  "think",
  "deny",
  "allege",
  "conclude",
  "fear",
  "predict",
  "estimate",
  "acknowledge",
  "admit",
  "suggest",
  "indicate",
  "forecast",
  "project",
  "speculate",
  "reckon",
  "reiterate",
  "emphasize",
  "contend",
  "calculate",
  "anticipate",
  "understand",
]);

/**
 * Governing verbs whose negation leaves what they govern open, neither done nor denied: "does not require
 * Reagan to comply", "will not ask shareholders to approve", "has not decided to sell", "does not have to".
 */
export const openWhenDenied: ReadonlySet<string> = new Set([
  "require",
  "ask",
  "urge",
  "force",
  "oblige",
  "compel",
  "order",
  "tell",
  "decide",
  // "does not have to call elections until June 1988", "does not need to raise capital": no obligation.
  "have",
  "need",
]);

/** What a governor does to the verb it governs: denies it, or makes it planned, demanded, proposed or possible. */
type ChainEffect = "negative" | "planned" | "demanded" | "proposed" | "possible";

/**
 * Adjectives that govern the chain as a verb would ("Sandoz was unable to give details"): "is interested in
 * buying Dome", "keen to expand", "willing to sell", "likely to agree" are a wish or a chance, not an act;
 * "unlikely to agree" is a chance that it will not.
 */
const adjectiveModality: Readonly<Record<string, ChainEffect>> = {
  unable: "negative",
  interested: "possible",
  keen: "possible",
  likely: "possible",
  unlikely: "negative",
  willing: "possible",
  ready: "possible",
  eager: "possible",
  reluctant: "possible",
  confident: "possible",
  hopeful: "possible",
  determined: "planned",
};

/** Governing adjectives among the chain's governors: no verbs, so the lemmatizer need not produce them. */
export const governingAdjectives: ReadonlySet<string> = new Set(Object.keys(adjectiveModality));

/** Governing verbs and adjectives that set the modality or polarity of the verb they govern ("failed to agree"). */
export const chainModality: Readonly<Record<string, ChainEffect>> = {
  ...adjectiveModality,
  fail: "negative",
  refuse: "negative",
  decline: "negative",
  cease: "negative",
  stop: "negative",
  // "will block moves to give the EC more money": what is blocked or prevented is denied.
  block: "negative",
  prevent: "negative",
  veto: "negative",
  avoid: "negative",
  // "denied breaking a pact": what one denies doing is, by one's own word, not done.
  deny: "negative",
  plan: "planned",
  intend: "planned",
  aim: "planned",
  prepare: "planned",
  expect: "planned",
  hope: "planned",
  agree: "planned",
  promise: "planned",
  pledge: "planned",
  vow: "planned",
  threaten: "planned",
  decide: "planned",
  // "has irrevocably undertaken to accept the offer", "is committed to buying".
  undertake: "planned",
  commit: "planned",
  // "is due to elect a director": scheduled, not yet done.
  due: "planned",
  // "is scheduled to meet King Hassan".
  schedule: "planned",
  want: "demanded",
  seek: "demanded",
  demand: "demanded",
  urge: "demanded",
  ask: "demanded",
  call: "demanded",
  press: "demanded",
  need: "demanded",
  propose: "proposed",
  offer: "proposed",
  suggest: "proposed",
  try: "possible",
  attempt: "possible",
};

/**
 * Relational nouns: "Mozilla Firefox, its main rival" is Firefox RIVAL_OF its possessor; "X, Y's biggest
 * customer" CUSTOMER_OF Y. Only what two parties are to each other, not roles of people (find-roles).
 */
export const relationalNouns: Readonly<Record<string, string>> = {
  rival: "RIVAL_OF",
  competitor: "RIVAL_OF",
  partner: "PARTNER_OF",
  ally: "ALLY_OF",
  customer: "CUSTOMER_OF",
  client: "CUSTOMER_OF",
  supplier: "SUPPLIER_OF",
  creditor: "CREDITOR_OF",
  neighbour: "NEIGHBOUR_OF",
  neighbor: "NEIGHBOUR_OF",
};

/**
 * Nouns of a settlement two parties reach together: "an accord between Nigeria and the Paris Club" is their
 * agreeing. Not talks or meetings, which news names as often before they happen ("prospects are slim for a
 * meeting between …").
 */
export const reciprocalNouns: Readonly<Record<string, string>> = {
  agreement: "AGREED",
  accord: "AGREED",
  pact: "AGREED",
  treaty: "AGREED",
  deal: "AGREED",
};

/**
 * Copular stances towards something: "X has been highly critical of Y", "X is opposed to Y", "X is in favour
 * of Y" (the noun of "in favour"). Each word takes the prepositions listed; the one written is in the relation.
 */
export const stancePredicates: Readonly<Record<string, { predicate: string; preps: readonly string[] }>> = {
  critical: { predicate: "CRITICIZED", preps: ["of"] },
  supportive: { predicate: "SUPPORTED", preps: ["of"] },
  opposed: { predicate: "OPPOSED", preps: ["to"] },
  hostile: { predicate: "OPPOSED", preps: ["to", "towards", "toward"] },
  favor: { predicate: "SUPPORTED", preps: ["of"] },
  favour: { predicate: "SUPPORTED", preps: ["of"] },
  angry: { predicate: "CRITICIZED", preps: ["at", "with", "over", "about"] },
};

/**
 * Concepts an evaluation can praise or criticise: what someone does or decides. Anything else judged good
 * or wrong ("the outlook is good") is a statement about how things stand.
 */
export const judgedDoings: ReadonlySet<string> = new Set([
  ...Object.keys(eventNouns).filter((k) => !k.includes(" ")),
  ...Object.keys(actionNouns),
  ...Object.keys(intentNouns),
  "policy",
  "proposal",
  "step",
  "measure",
  "offer",
  "reform",
  "program",
  "programme",
  "initiative",
  "law",
  "bill",
  "budget",
  "action",
  "response",
  "stance",
  "approach",
  "strategy",
  "package",
  "statement",
  "remark",
  "comment",
  "behaviour",
  "behavior",
  "conduct",
  "attack",
  "sanction",
  "test",
]);

/** Evaluative predicates after "said X was …": they make the statement a criticism or praise of X. */
export const evaluativeAdjectives: Readonly<Record<string, "CRITICIZED" | "PRAISED">> = {
  unacceptable: "CRITICIZED",
  wrong: "CRITICIZED",
  illegal: "CRITICIZED",
  unlawful: "CRITICIZED",
  irresponsible: "CRITICIZED",
  dangerous: "CRITICIZED",
  outrageous: "CRITICIZED",
  absurd: "CRITICIZED",
  unrealistic: "CRITICIZED",
  provocative: "CRITICIZED",
  shameful: "CRITICIZED",
  unjustified: "CRITICIZED",
  detached: "CRITICIZED",
  disappointing: "CRITICIZED",
  unfair: "CRITICIZED",
  counterproductive: "CRITICIZED",
  regrettable: "CRITICIZED",
  unhelpful: "CRITICIZED",
  encouraging: "PRAISED",
  welcome: "PRAISED",
  good: "PRAISED",
  constructive: "PRAISED",
  positive: "PRAISED",
  productive: "PRAISED",
  excellent: "PRAISED",
  historic: "PRAISED",
  important: "PRAISED",
};

/**
 * "obliging borrowers to take funds", "required Royal to register the shares": the object does the
 * infinitive, and the directive is a fact of its own (OBLIGED, DEMANDED) as an appeal is.
 */
export const directives: ReadonlySet<string> = new Set([
  "oblige",
  "compel",
  "require",
  "permit",
  "instruct",
  "authorize",
  "authorise",
]);

/** Verbs whose object does the infinitive after it: "urged the bank to lend", "allowed them to sell". */
export const objectControl: ReadonlySet<string> = new Set([
  "want",
  "urge",
  "ask",
  "tell",
  "force",
  "allow",
  "invite",
  "persuade",
  "press",
  "call",
  "encourage",
  "order",
  ...directives,
]);

/** Gerunds that work as prepositions: "concerning the growth", "including IBM", "regarding the sale". */
export const prepositionalGerunds: ReadonlySet<string> = new Set([
  "concerning",
  "regarding",
  "including",
  "excluding",
  "involving",
  "pending",
]);
