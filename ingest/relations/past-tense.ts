/** Past simple of irregular English verbs, for predicate names ("cut" → CUT, not CUTTED). */
const irregular: Readonly<Record<string, string>> = {
  arise: "arose",
  awake: "awoke",
  be: "was",
  bear: "bore",
  beat: "beat",
  become: "became",
  begin: "began",
  bend: "bent",
  bet: "bet",
  bid: "bid",
  bind: "bound",
  bite: "bit",
  bleed: "bled",
  blow: "blew",
  break: "broke",
  breed: "bred",
  bring: "brought",
  broadcast: "broadcast",
  build: "built",
  burst: "burst",
  buy: "bought",
  cast: "cast",
  catch: "caught",
  choose: "chose",
  cling: "clung",
  come: "came",
  cost: "cost",
  creep: "crept",
  cut: "cut",
  deal: "dealt",
  dig: "dug",
  do: "did",
  draw: "drew",
  drive: "drove",
  eat: "ate",
  fall: "fell",
  feed: "fed",
  feel: "felt",
  fight: "fought",
  find: "found",
  flee: "fled",
  fling: "flung",
  fly: "flew",
  forbid: "forbade",
  forecast: "forecast",
  forego: "forewent",
  foresee: "foresaw",
  forget: "forgot",
  forgive: "forgave",
  forgo: "forwent",
  freeze: "froze",
  get: "got",
  give: "gave",
  go: "went",
  grind: "ground",
  grow: "grew",
  hang: "hung",
  have: "had",
  hear: "heard",
  hide: "hid",
  hit: "hit",
  hold: "held",
  hurt: "hurt",
  input: "input",
  keep: "kept",
  know: "knew",
  lay: "laid",
  lead: "led",
  leave: "left",
  lend: "lent",
  let: "let",
  lie: "lay",
  light: "lit",
  lose: "lost",
  make: "made",
  mean: "meant",
  meet: "met",
  mislead: "misled",
  mistake: "mistook",
  offset: "offset",
  outbid: "outbid",
  outgrow: "outgrew",
  output: "output",
  outrun: "outran",
  overcome: "overcame",
  override: "overrode",
  overrun: "overran",
  oversee: "oversaw",
  overtake: "overtook",
  overthrow: "overthrew",
  partake: "partook",
  pay: "paid",
  put: "put",
  quit: "quit",
  read: "read",
  relay: "relayed",
  rebuild: "rebuilt",
  recast: "recast",
  redo: "redid",
  resell: "resold",
  reset: "reset",
  retake: "retook",
  rethink: "rethought",
  rewrite: "rewrote",
  ride: "rode",
  ring: "rang",
  rise: "rose",
  run: "ran",
  say: "said",
  see: "saw",
  seek: "sought",
  sell: "sold",
  send: "sent",
  set: "set",
  shake: "shook",
  shed: "shed",
  shine: "shone",
  shoe: "shod",
  shoot: "shot",
  show: "showed",
  shrink: "shrank",
  shut: "shut",
  sing: "sang",
  sink: "sank",
  sit: "sat",
  slay: "slew",
  sleep: "slept",
  slide: "slid",
  sling: "slung",
  slit: "slit",
  sow: "sowed",
  speak: "spoke",
  speed: "sped",
  spend: "spent",
  spin: "spun",
  spit: "spat",
  split: "split",
  spread: "spread",
  spring: "sprang",
  stand: "stood",
  steal: "stole",
  stick: "stuck",
  sting: "stung",
  stink: "stank",
  stride: "strode",
  strike: "struck",
  string: "strung",
  strive: "strove",
  swear: "swore",
  sweep: "swept",
  swell: "swelled",
  swim: "swam",
  swing: "swung",
  take: "took",
  teach: "taught",
  tear: "tore",
  tell: "told",
  think: "thought",
  throw: "threw",
  thrust: "thrust",
  tread: "trod",
  undercut: "undercut",
  undergo: "underwent",
  understand: "understood",
  undertake: "undertook",
  underwrite: "underwrote",
  undo: "undid",
  uphold: "upheld",
  upset: "upset",
  wake: "woke",
  wear: "wore",
  weep: "wept",
  win: "won",
  wind: "wound",
  withdraw: "withdrew",
  withhold: "withheld",
  withstand: "withstood",
  wring: "wrung",
  write: "wrote",
};

/** Verbs ending like deter/commit whose last syllable is not stressed: "offered", "visited", "limited". */
const unstressed =
  /(?:offer|suffer|differ|proffer|buffer|alter|enter|filter|shelter|master|register|counter|water|letter|limit|visit|benefit|vomit|profit|credit|edit|exhibit|inherit|prohibit|audit|deposit|posit|solicit|elicit|orbit|summit|gallop|develop|envelop|gossip|worship|label|model|cancel|travel|level|signal|total|parallel|channel|panel|barrel|fuel|rival)$/;

/** English past tense of a verb lemma, for predicates of verbs outside the vocabulary. */
export function pastTense(lemma: string): string {
  const l = lemma.toLowerCase();
  const known = irregular[l];
  if (known) return known;
  // "repay", "resell", "outbid", "oversell": a prefix keeps the stem's irregular form.
  const prefixed = /^(re|out|over|under|mis|pre|co)(.+)$/.exec(l);
  const stem = prefixed ? irregular[prefixed[2]!] : undefined;
  if (prefixed && stem) return `${prefixed[1]}${stem}`;
  if (l.endsWith("e")) return `${l}d`;
  if (/[^aeiou]y$/.test(l)) return `${l.slice(0, -1)}ied`;
  // One syllable ending in one vowel and one consonant doubles it: stopped, planned, scrapped, stripped.
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(l)) return `${l}${l[l.length - 1]}ed`;
  // A stressed last syllable doubles its consonant: deterred, referred, occurred, committed, controlled.
  if (/(?:deter|inter|fer|cur|mit|pel|trol|gret|bel|quip|fit|format)$/.test(l) && !unstressed.test(l))
    return `${l}${l[l.length - 1]}ed`;
  return `${l}ed`;
}

/**
 * Past tense of a verb as the text has it: a regular past form is its own ("boycotted", "shared": for a
 * verb outside its word list the suffix-rule lemmatizer cannot tell "boycott" from "commit" when it strips it),
 * but an unstressed ending keeps one spelling, so "benefitted" and "travelled" name BENEFITED, TRAVELED.
 */
export function pastTenseOf(lemma: string, form: string, xpos: string): string {
  const lower = form.toLowerCase();
  // "he lied", "was hanged": the regular form of a verb with an irregular one is the other verb (LIED, not LAY).
  const l = lemma.toLowerCase();
  if (/^VB[DN]$/.test(xpos) && isIrregularVerb(l) && (lower === `${l}d` || lower === `${l}ed`)) return lower;
  const regular = /^VB[DN]$/.test(xpos) && /^[a-z]+ed$/.test(lower) && !isIrregularVerb(lemma);
  return regular && !unstressed.test(lemma.toLowerCase()) ? lower : pastTense(lemma);
}

/** True for a verb lemma with an irregular past tense ("underwrite", "sell"). */
export function isIrregularVerb(lemma: string): boolean {
  return irregular[lemma.toLowerCase()] !== undefined;
}

/** Past forms with one verb behind them ("lay", "found", "wound" and "bore" name verbs of their own). */
const ambiguousPasts = new Set(["lay", "found", "wound", "bore", "fell", "saw", "ground", "left"]);
const lemmaByPast = new Map(
  Object.entries(irregular)
    .filter(([, past]) => !ambiguousPasts.has(past))
    .map(([lemma, past]) => [past, lemma]),
);

/** The lemma of an irregular past tense ("rang" → ring), undefined for any other word. */
export function irregularPastLemma(form: string): string | undefined {
  return lemmaByPast.get(form.toLowerCase());
}
