/**
 * Sentences for attribution, with quotations treated as opaque: a period inside a quote
 * does not end the reporting sentence around it. A paragraph break before a lowercase
 * word is a scraping artefact, not a sentence end.
 */
import type { RawQuote } from './quoteMarks';

// Hoisted: a regex literal in a function is a new object on every call (and the bundler turns \p{…} ones into new RegExp(…)).
const LOWERCASE = /\p{Ll}/u;
const QUOTE_CLOSE_THEN_CAPITAL = /^(["”»’']+)\s+[\p{Lu}"“«]/u;
const SPACE_THEN_SENTENCE = /^\s+[\p{Lu}"“«‘'(\[]/u;
const WORD_BEFORE_DOT = /([\p{L}.]+)$/u;

export interface Sentence {
  start: number;
  end: number;
}

export function splitSentences(text: string, quotes: readonly RawQuote[]): Sentence[] {
  const inQuote = new Uint8Array(text.length);
  for (const q of quotes) if (!q.nested) inQuote.fill(1, Math.max(0, q.start - 1), Math.min(text.length, q.end + 1));
  const sentences: Sentence[] = [];
  let start = 0;
  const close = (end: number): void => {
    if (text.slice(start, end).trim()) sentences.push({ start, end });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    // By code: text[i] would make a string of each character (a new one for most non-ASCII ones).
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      if (inQuote[i]) continue; // a multi-paragraph quote stays in one sentence
      const next = /^\s*(\S)/.exec(text.slice(i, i + 200));
      const continues = next !== null && LOWERCASE.test(next[1]!) && i > 0 && !/[.!?:"”»]\s*$/.test(text.slice(Math.max(0, i - 3), i));
      if (!continues) close(i + 1);
      continue;
    }
    if (code !== 0x2e && code !== 0x21 && code !== 0x3f) continue; // . ! ?
    if (inQuote[i]) {
      // "…safety of all.” Moscow has …": a quote ending in a full stop ends the sentence too.
      const after = QUOTE_CLOSE_THEN_CAPITAL.exec(text.slice(i + 1, i + 6));
      if (after && !inQuote[i + 1 + after[1]!.length]) close(i + 1 + after[1]!.length);
      continue;
    }
    if (SPACE_THEN_SENTENCE.test(text.slice(i + 1, i + 4)) && !isAbbreviation(text, i)) close(i + 1);
  }
  close(text.length);
  return sentences;
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = WORD_BEFORE_DOT.exec(text.slice(Math.max(0, dot - 6), dot))?.[1] ?? '';
  return /^(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Maj|Sen|Rep|Gov|St|Jr|Sr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|[A-Z]|(?:[A-Z]\.)+[A-Z])$/.test(word);
}
