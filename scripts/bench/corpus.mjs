// The bench corpus: ~4 KB articles made deterministically from the project's samples (and the dev
// articles in ../shared/corpus/seeds when present), recombined and varied: headlines, bylines and
// dates, paragraph and sentence order, people's surnames and the numbers. Same seed, same corpus.
// Like an archive, it is made of stories of STORY_SIZE articles: the articles of one story share
// paragraphs, renamed people and the wording of their quotes; across stories the quotes' wording
// differs (else the ~100 source paragraphs would make every quote a group of thousands).
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './lib.mjs';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const GIVEN = ['Anna', 'Boris', 'Chen', 'Dilnoza', 'Elena', 'Farid', 'Grace', 'Hamid', 'Irina', 'Jonas', 'Karim', 'Laura', 'Mikhail', 'Nadia', 'Omar', 'Priya', 'Rustam', 'Sofia', 'Timur', 'Yulia'];
const SYLLABLES = ['ka', 'ro', 'mi', 'tan', 'bek', 'sha', 'lo', 'vin', 'dor', 'zu', 'ne', 'gar', 'ol', 'pet', 'rin', 'sa', 'hov', 'il', 'mar', 'tek'];

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STORY_SIZE = 10;
const STORY_PARAGRAPHS = 16;
const pick = (random, list) => list[Math.floor(random() * list.length)];

function shuffled(random, list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Made-up surnames ("Karobek", "Tanshalo"): names no gazetteer knows, as in a real archive. */
function surnamePool(random, count) {
  const names = new Set();
  while (names.size < count) {
    const parts = 2 + Math.floor(random() * 2);
    let name = '';
    for (let k = 0; k < parts; k++) name += pick(random, SYLLABLES);
    names.add(name[0].toUpperCase() + name.slice(1));
  }
  return [...names];
}

/** The source articles: samples/*.txt, plus ../shared/corpus/seeds/*.txt when that folder exists. */
export function sourceFiles() {
  const dirs = [path.join(repoRoot, 'samples'), path.resolve(repoRoot, '../shared/corpus/seeds')];
  const files = [];
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) if (name.endsWith('.txt')) files.push(path.join(dir, name));
  }
  return files;
}

/** Headlines, body paragraphs and people's surnames of the source articles. */
export function loadPool(core) {
  const headlines = [];
  const paragraphs = [];
  const surnames = new Set();
  for (const file of sourceFiles()) {
    const text = core.normalizeText(fs.readFileSync(file, 'utf8'));
    const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
    const headline = text.split('\n').find((line) => line.trim().length > 0);
    if (headline) headlines.push(headline.trim());
    for (const block of blocks) if (block.length >= 120) paragraphs.push(block);
    for (const mention of core.analyzeArticle(text).mentions) {
      if (mention.type !== 'PERSON') continue;
      const last = mention.canonical.split(' ').pop();
      if (/^\p{Lu}\p{Ll}{3,}$/u.test(last)) surnames.add(last);
    }
  }
  const words = new Set();
  for (const p of paragraphs) for (const w of p.match(/\b\p{Ll}{4,}\b/gu) ?? []) words.add(w);
  return { headlines, paragraphs, surnames: [...surnames].sort(), words: [...words].sort(), sources: sourceFiles().length };
}

/**
 * The story's wording of its quotes: most words inside quotation marks replaced per story by
 * made-up words ("tanrimar"), so a statement is quoted by the articles of its story, not across
 * the whole archive (the ~100 source paragraphs are all about one event; left alone, one Putin
 * sentence would be in most articles, and words drawn from one small vocabulary would link
 * unrelated short quotes of different stories).
 */
function rewordQuotes(paragraph, story) {
  return paragraph.replace(/([“"«])([^”"»\n]+)([”"»])/gu, (_m, open, inner, close) => {
    const words = inner.replace(/\b\p{L}{3,}\b/gu, (word) => {
      const random = mulberry32(story.seed ^ hashOf(word));
      if (random() >= 0.9) return word;
      let made = '';
      for (let k = 0; k < 3; k++) made += pick(random, SYLLABLES);
      return made;
    });
    return open + words + close;
  });
}

function hashOf(word) {
  let h = 2166136261;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 16777619);
  return h >>> 0;
}

/** Some of the people get another surname in this story; numbers change; sentences move. */
function vary(random, paragraph, story) {
  let text = rewordQuotes(paragraph, story);
  for (const [from, to] of story.renames) text = text.replace(new RegExp(`\\b${from}\\b`, 'g'), to);
  text = text.replace(/\d+/g, (digits) => {
    if (random() < 0.5) return digits;
    if (digits.length === 4 && /^(19|20)/.test(digits)) return String(2000 + Math.floor(random() * 27));
    let out = String(1 + Math.floor(random() * 9));
    for (let k = 1; k < digits.length; k++) out += String(Math.floor(random() * 10));
    return out;
  });
  if (!/["“”]/.test(text) && random() < 0.4) {
    const sentences = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
    if (sentences.length > 1) text = shuffled(random, sentences).join(' ');
  }
  return text;
}

/** `count` articles of about `targetChars` characters each: [{ file, text }]. */
export function generateCorpus(core, count, { seed = 1, targetChars = 4000 } = {}) {
  const pool = loadPool(core);
  const surnames = surnamePool(mulberry32(seed * 7919), 600);
  const articles = [];
  let story = null;
  for (let i = 0; i < count; i++) {
    if (i % STORY_SIZE === 0) {
      const random = mulberry32(seed * 1_000_033 + i / STORY_SIZE);
      story = {
        seed: Math.floor(random() * 2 ** 31),
        renames: pool.surnames.filter(() => random() < 0.5).map((name) => [name, pick(random, surnames)]),
        paragraphs: shuffled(random, pool.paragraphs).slice(0, STORY_PARAGRAPHS),
        headline: pick(random, pool.headlines),
      };
    }
    const random = mulberry32(seed * 1_000_003 + i);
    const date = `${pick(random, MONTHS)} ${1 + Math.floor(random() * 28)}, ${2015 + Math.floor(random() * 12)}`;
    const header = `${vary(random, story.headline, story)}\nBy ${pick(random, GIVEN)} ${pick(random, surnames)}\n${date}\n`;
    const body = [];
    let length = header.length;
    for (const paragraph of shuffled(random, story.paragraphs)) {
      if (length >= targetChars) break;
      const varied = vary(random, paragraph, story);
      body.push(varied);
      length += varied.length + 2;
    }
    const folder = `desk-${String(i % 20).padStart(2, '0')}`;
    articles.push({ file: `${folder}/article-${String(i).padStart(5, '0')}.txt`, text: asReadFromFile(`${header}\n${body.join('\n\n')}\n`) });
  }
  return articles;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The text as reading its file gives it: one flat string. Built by concatenation, it is a tree of
 * parts in V8 (a "cons" string), which every read of a character by index goes through, and the
 * engine never gets one from a file or an editor buffer (an engine made to flatten its input first
 * counted 0.8% fewer instructions on these, its flattening included).
 */
function asReadFromFile(text) {
  return decoder.decode(encoder.encode(text));
}

export function utf8Bytes(articles) {
  let bytes = 0;
  for (const a of articles) bytes += Buffer.byteLength(a.text, 'utf8');
  return bytes;
}
