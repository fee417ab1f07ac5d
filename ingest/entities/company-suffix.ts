/** The last word of a company's name: its legal form, or a word firms end their names with. */
export const companySuffix =
  /^(Corp|Corp\.|Co|Co\.|Cos|Inc|Inc\.|Ltd|Ltd\.|Plc|PLC|Group|Bros|AG|SA|SpA|NV|BV|AB|A\/S|GmbH|Bhd|Pty|LP|Partners|KK|Oy|Oyj|ASA|KGaA|NL)$/;

/**
 * Legal forms that close a company's name for good: a name after "and" following one is another company's,
 * and a name right before one is a company's. Narrower than `companySuffix`, whose "Bros", "Group" or
 * "Partners" a name can go on from ("Lazard Bros and Co").
 */
export const legalForm =
  /^(Corp|Corp\.|Co|Co\.|Inc|Inc\.|Ltd|Ltd\.|Plc|PLC|AG|SA|NV|BV|AB|GmbH|SpA|KK|Oy|Oyj|ASA|KGaA|NL)$/;

/** Last words of organisations' names that no person's name ends in: a company suffix, or one of these. */
export const firmWords =
  /^(Labs|Laboratories|Industries|Airlines|Airways|Motors|Systems|Technologies|Electronics|Enterprises|Holdings|Pharmaceuticals|Corporation|Incorporated)$/;

/** Whether `word` ends an organisation's name that no person's could: a company suffix or a firm word. */
export function endsFirmName(word: string): boolean {
  return companySuffix.test(word) || firmWords.test(word);
}
