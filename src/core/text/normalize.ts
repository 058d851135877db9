/**
 * The one text every offset in Newslens refers to: the file's text with a leading
 * byte-order mark removed and CRLF / lone CR line endings turned into LF.
 * Nothing else is changed (no Unicode normalization), so combining marks stay
 * where they are and offsets map back onto the file.
 */
export function normalizeText(raw: string): string {
  const withoutBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return withoutBom.indexOf('\r') === -1 ? withoutBom : withoutBom.replace(/\r\n?/g, '\n');
}
