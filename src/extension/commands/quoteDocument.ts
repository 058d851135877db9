/** The text of a quote version's virtual document: one clause per line, so the diff lines up word changes. */
export function quoteDocumentText(text: string): string {
  return `${text.replace(/\s+/g, ' ').trim().replace(/([.;:!?,])\s+/g, '$1\n')}\n`;
}
