// Guards the hand-written samples/ articles: encodings and sizes the README promises.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../../src/core/text/normalize';

const samplesDir = resolve(__dirname, '../../../../samples');
const files = readdirSync(samplesDir).filter((name) => name.endsWith('.txt')).sort();

describe('samples/', () => {
  it('has five or six articles', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(files.length).toBeLessThanOrEqual(6);
  });

  it.each(files)('%s is valid UTF-8 with 250-500 words', (name) => {
    const bytes = readFileSync(resolve(samplesDir, name));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const words = normalizeText(text).split(/\s+/).filter((word) => word.length > 0);
    expect(words.length).toBeGreaterThanOrEqual(250);
    expect(words.length).toBeLessThanOrEqual(500);
  });

  it('has exactly one CRLF file with a BOM, and only LF elsewhere', () => {
    const crlf = files.filter((name) => readFileSync(resolve(samplesDir, name), 'latin1').includes('\r\n'));
    expect(crlf).toEqual(['05-morning-dispatch.txt']);
    const withBom = files.filter((name) => readFileSync(resolve(samplesDir, name)).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])));
    expect(withBom).toEqual(['05-morning-dispatch.txt']);
  });

  it('uses curly, straight and guillemet quotes across files', () => {
    const texts = files.map((name) => readFileSync(resolve(samplesDir, name), 'utf8'));
    expect(texts.some((text) => text.includes('\u201C'))).toBe(true);
    expect(texts.some((text) => /"[A-Z]/.test(text) && !text.includes('\u201C'))).toBe(true);
    expect(texts.some((text) => text.includes('\u00AB') && text.includes('\u00BB'))).toBe(true);
  });
});
