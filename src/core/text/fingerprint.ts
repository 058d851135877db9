/**
 * A text's fingerprint: its length and two 32-bit hashes of its UTF-16 code units (FNV-1a, and a
 * multiply-xorshift hash with other constants), to tell whether two texts are the same without
 * keeping one of them. Texts that differ get the same fingerprint only by a 1-in-2^64 accident of
 * both hashes; it is not made to resist a text crafted to collide (nothing is decided on it that a
 * collision could abuse: at worst an open article shows the highlights of its last analysis).
 */
export function textFingerprint(text: string): string {
  return `${text.length}:${(fnvHash(text) >>> 0).toString(36)}:${(mixHash(text) >>> 0).toString(36)}`;
}

/*
 * Each hash is a loop alone, returned as it ends. V8 optimizes a loop this long while it runs
 * (on-stack replacement) and enters that code again from every later call; with more after the
 * loop in the same function (making the hash unsigned, the string, a store), that code bailed out
 * on most later calls on what had not run before it was made: about once per article of a folder.
 */

function fnvHash(text: string): number {
  let fnv = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) fnv = Math.imul(fnv ^ text.charCodeAt(i), 0x01000193);
  return fnv;
}

function mixHash(text: string): number {
  let mix = (0x9e3779b9 | 0) ^ text.length;
  for (let i = 0; i < text.length; i++) {
    mix = Math.imul(mix ^ text.charCodeAt(i), 0x5bd1e995);
    mix ^= mix >>> 15;
  }
  return mix;
}
