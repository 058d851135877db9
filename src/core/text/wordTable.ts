/** Membership tests of a set of words: what the name finder asks of an article's vocabulary. */
export interface WordSet {
  has(word: string): boolean;
}

const MIN_SIZE = 4096;
/** A table grown past this (a very long article) is not kept for the next article, nor its words. */
const MAX_KEPT_SIZE = 1 << 16;

/**
 * The distinct words of one article at a time: an open-addressing hash table kept from one
 * article to the next, where a generation number marks the current article's entries (starting
 * anew empties only the slots the last article filled, not the whole table). A Set made per
 * article spent its time growing its table (and collecting the old ones): the engine ran ~6%
 * faster with this (median of 4 alternating runs of 7 passes each), though it counts only 0.3%
 * fewer instructions. Valid until `clear` is called again: hold it only while one article is
 * analysed.
 */
export class WordTable implements WordSet {
  private words: string[] = [];
  private generations = new Int32Array(0);
  /** The slots filled since the last clear, in order: emptied at the next (see clear). */
  private filled = new Int32Array(0);
  private generation = 0;
  private count = 0;

  constructor() {
    this.allocate(MIN_SIZE);
  }

  /** Empties the table (for the next article). */
  clear(): void {
    if (this.words.length > MAX_KEPT_SIZE) this.allocate(MIN_SIZE);
    else if (this.generation === 0x7fffffff) this.allocate(this.words.length);
    else {
      // The words themselves go: a word of 13 characters or more is a view of its article's text
      // in V8 (a sliced string), and a word left in its slot kept a whole earlier article alive
      // (~20 MB of peak RSS in a cold 10,000-article load, with two workers).
      for (let k = 0; k < this.count; k++) this.words[this.filled[k]!] = '';
      this.generation++;
      this.count = 0;
    }
  }

  add(word: string): void {
    this.addHashed(word, hashOf(word));
  }

  /** add(word), its hashOf already computed (by hashOfSpan over the text it was cut from, say). */
  addHashed(word: string, hash: number): void {
    // At most half full: probes stay short.
    if (2 * (this.count + 1) > this.words.length) this.grow();
    const mask = this.words.length - 1;
    let slot = hash & mask;
    while (this.generations[slot] === this.generation) {
      if (this.words[slot] === word) return;
      slot = (slot + 1) & mask;
    }
    this.generations[slot] = this.generation;
    this.words[slot] = word;
    this.filled[this.count++] = slot;
  }

  has(word: string): boolean {
    const mask = this.words.length - 1;
    let slot = hashOf(word) & mask;
    while (this.generations[slot] === this.generation) {
      if (this.words[slot] === word) return true;
      slot = (slot + 1) & mask;
    }
    return false;
  }

  get size(): number {
    return this.count;
  }

  private grow(): void {
    const current: string[] = [];
    for (let slot = 0; slot < this.words.length; slot++) if (this.generations[slot] === this.generation) current.push(this.words[slot]!);
    this.allocate(2 * this.words.length);
    for (const word of current) this.add(word);
  }

  /** A fresh, empty table of `size` (a power of two) slots: every slot's generation is 0, the table's 1. */
  private allocate(size: number): void {
    // Filled with strings: an array of one kind of element is kept packed by V8.
    this.words = new Array<string>(size).fill('');
    this.generations = new Int32Array(size);
    this.filled = new Int32Array(size / 2);
    this.generation = 1;
    this.count = 0;
  }
}

/**
 * FNV-1a over the UTF-16 code units, as a signed 32-bit integer (its offset basis made one too):
 * the same slots as the unsigned hash, and no value past 2^31 that V8 would box to return it.
 */
function hashOf(word: string): number {
  let hash = HASH_START;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

/** hashOf's value before the first code unit. */
export const HASH_START = 0x811c9dc5 | 0;

/** hashOf's value after one more code unit: a caller reading a word's characters anyway hashes them as it goes. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}
