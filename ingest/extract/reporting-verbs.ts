/**
 * Speech verbs the parser misreads around: it leaves them without their speaker ("…, the National Statistics
 * Institute (INSEE) said.") or reads the clause they report as their object ("said its board authorized …").
 */
export const reportingVerbs: ReadonlySet<string> = new Set([
  "say",
  "add",
  "note",
  "report",
  "announce",
  "state",
  "estimate",
]);
