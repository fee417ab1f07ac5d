const legalForms =
  /(\s*,?\s+(Corp|Corporation|Co|Company|Cos|Inc|Incorporated|Ltd|Limited|Plc|PLC|AG|SA|SpA|NV|BV|AB|GmbH|Bhd|Pty|LP)\.?)+$/;

/**
 * "Taft Broadcasting Co" and "Taft Broadcasting" are one company: a name without its legal form. A name
 * that would be left too short to tell companies apart ("Gulf Co") keeps it.
 */
export function withoutLegalForm(name: string): string {
  let stripped = name.replace(legalForms, "");
  // "Morgan Grenfell and Co Ltd": "and Co" is the name's own.
  if (/\s(and|&)$/.test(stripped)) stripped = `${stripped} Co`;
  return stripped.includes(" ") || stripped.length > 3 ? stripped : name;
}
