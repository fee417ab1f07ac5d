/** A quotation mark as the tokenizer leaves it: straight, curly, or the treebank's `` and ''. */
export function isQuoteMark(word: string): boolean {
  return /^(["“”]|``|'')$/.test(word);
}
