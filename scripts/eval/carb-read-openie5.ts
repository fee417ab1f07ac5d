import type { CarbExtraction } from "./carb-extraction";

// "SimpleArgument(the text,List([0, 8)))" → "the text", exactly as CaRB's reader slices it.
function inner(field: string): string {
  const open = field.indexOf("(");
  const close = field.indexOf(",List(");
  if (open < 0 || close < 0)
    throw new Error(`carb: OpenIE-5 field without "(…,List(": ${field.slice(0, 60)}`);
  return field.slice(open + 1, close);
}

/**
 * The OpenIE-5 dump (`confidence<TAB>context<TAB>arg1<TAB>relation<TAB>args<TAB>sentence`), read the way
 * CaRB's OpenieFiveReader does: lines without arg1, relation or second argument are skipped, and a
 * context is prefixed to arg1 unless "arg1 relation" already starts with it.
 */
export function carbReadOpenie5(text: string): CarbExtraction[] {
  const tuples: CarbExtraction[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    const data = line.trim().split("\t");
    const [confidence = "", context = "", arg1Field = "", relationField = "", argsField = ""] = data;
    if (arg1Field === "" || relationField === "" || argsField === "") continue;
    let arg1 = inner(arg1Field);
    const relation = inner(relationField);
    const args = argsField
      .trim()
      .split(");")
      .map((s) => inner(s));
    if (context !== "") {
      const prefix = inner(context);
      if (!`${arg1} ${relation}`.startsWith(prefix)) arg1 = `${prefix} ${arg1}`;
    }
    tuples.push({ sentence: data[5] ?? "", confidence: Number(confidence), relation, args: [arg1, ...args] });
  }
  return tuples;
}
