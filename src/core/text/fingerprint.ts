/**
 * A text's fingerprint: its length and two 32-bit hashes of its UTF-16 code units (FNV-1a, and a
 * multiply-xorshift hash with other constants), to tell whether two texts are the same without
 * keeping one of them. Texts that differ get the same fingerprint only by a 1-in-2^64 accident of
 * both hashes; it is not made to resist a text crafted to collide (nothing is decided on it that a
 * collision could abuse: at worst an open article shows the highlights of its last analysis).
 */
export function textFingerprint(text: string): string {
  let fnv = 0x811c9dc5;
  let mix = 0x9e3779b9 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    fnv = Math.imul(fnv ^ unit, 0x01000193);
    mix = Math.imul(mix ^ unit, 0x5bd1e995);
    mix ^= mix >>> 15;
  }
  return `${text.length}:${(fnv >>> 0).toString(36)}:${(mix >>> 0).toString(36)}`;
}
