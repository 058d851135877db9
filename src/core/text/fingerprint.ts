/**
 * A text's fingerprint: its length and two 32-bit hashes of its UTF-16 code units (FNV-1a, and a
 * multiply-xorshift hash with other constants), to tell whether two texts are the same without
 * keeping one of them. Texts that differ get the same fingerprint only by a 1-in-2^64 accident of
 * both hashes; it is not made to resist a text crafted to collide (nothing is decided on it that a
 * collision could abuse: at worst an open article shows the highlights of its last analysis).
 */
export function textFingerprint(text: string): string {
  // The hashes stay signed 32-bit integers from the start (the usual constants 0x811c9dc5 and
  // 0x9e3779b9 written as such) and are made unsigned without `>>> 0`: with a constant above 2^31
  // going into the loop, or `>>> 0` at its end, V8's optimized code for this loop kept bailing out
  // ("lost precision") on the next call, about once per article.
  let fnv = -2128831035;
  let mix = -1640531527 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    fnv = Math.imul(fnv ^ unit, 0x01000193);
    mix = Math.imul(mix ^ unit, 0x5bd1e995);
    mix ^= mix >>> 15;
  }
  return `${text.length}:${unsigned(fnv).toString(36)}:${unsigned(mix).toString(36)}`;
}

const unsigned = (hash: number): number => (hash < 0 ? hash + 0x100000000 : hash);
