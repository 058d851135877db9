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

/** FNV-1a over the normalized text's UTF-16 units, as 8 hex digits: cheap change detection. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
