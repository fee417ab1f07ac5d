/** The last word of a company's name: its legal form, or a word firms end their names with. */
export const companySuffix =
  /^(Corp|Corp\.|Co|Co\.|Cos|Inc|Inc\.|Ltd|Ltd\.|Plc|PLC|Group|Bros|AG|SA|SpA|NV|BV|AB|A\/S|GmbH|Bhd|Pty|LP|Partners)$/;

/** Last words of organisations' names that no person's name ends in: a company suffix, or one of these. */
export const firmWords =
  /^(Labs|Laboratories|Industries|Airlines|Airways|Motors|Systems|Technologies|Electronics|Enterprises|Holdings|Pharmaceuticals|Corporation|Incorporated)$/;

/** Whether `word` ends an organisation's name that no person's could: a company suffix or a firm word. */
export function endsFirmName(word: string): boolean {
  return companySuffix.test(word) || firmWords.test(word);
}
