/**
 * An article's text as the index keeps it between changes. The index reads it again only to
 * re-attach an article (a date anchor or the registry changed), so it keeps UTF-8 bytes: half the
 * size of the UTF-16 string a text with one curly quote becomes, and outside the JavaScript heap,
 * whose collector would otherwise walk and grow around tens of megabytes of text in a large folder.
 */
export type StoredText = Uint8Array | string;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** String.prototype.isWellFormed (ES2024) where the host has it: one native pass, not a regex scan. */
const isWellFormed = (text: string): boolean => {
  const native = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return native ? native.call(text) : !LONE_SURROGATE.test(text);
};

export function storeText(text: string): StoredText {
  // A lone surrogate has no UTF-8 form (it would come back as U+FFFD and move no offset, but change
  // the text): such a text is kept as it is.
  return isWellFormed(text) ? encoder.encode(text) : text;
}

export function readStoredText(stored: StoredText): string {
  return typeof stored === 'string' ? stored : decoder.decode(stored);
}

/**
 * Lets a text's UTF-8 bytes go now, once read (see releasePackedAnalysis, which does the same for
 * an analysis' buffers): from another thread, they waited long enough for a full collection to be
 * the one that frees them (~18 MB of a 10,000-article load's peak). Unusable after.
 */
export function releaseBytes(bytes: Uint8Array): void {
  if (typeof structuredClone === 'function' && bytes.buffer.byteLength > 0) structuredClone(undefined, { transfer: [bytes.buffer as ArrayBuffer] });
}

/**
 * An article's text the index let go because it can read it again (see CorpusIndexOptions.readText):
 * the fingerprint (textFingerprint) tells whether what it reads back is still the text it analysed.
 */
export class TextElsewhere {
  constructor(readonly fingerprint: string) {}
}
