import { describe, expect, it } from 'vitest';
import { ACRONYM_LIKE, analyzeArticle, isAcronymLike } from '../../../src/core/analysis/pipeline';
import { hasLowercase } from '../../../src/core/analysis/nameLookup';
import { tokenize } from '../../../src/core/text/tokens';
import { random, randomText } from '../corpus/fixtures';
import { normalizeText } from '../../../src/core/text/normalize';

/** "text [TYPE]" for every mention, in order. */
function mentions(text: string): string[] {
  return analyzeArticle(text).mentions.map((m) => `${m.text} [${m.type}]`);
}

function canonicalOf(text: string, surface: string): string | undefined {
  return analyzeArticle(text).mentions.find((m) => m.text === surface)?.canonical;
}

describe('entity mentions', () => {
  it.each<[string, string, string[]]>([
    ['a title is not part of the name', 'Russian President Vladimir Putin spoke in Moscow.', ['Vladimir Putin [PERSON]', 'Moscow [PLACE]']],
    ['a possessive is not part of the name', "China's Xi Jinping met India's Narendra Modi.", ['China [PLACE]', 'Xi Jinping [PERSON]', 'India [PLACE]', 'Narendra Modi [PERSON]']],
    ['an acronym in parentheses is its own mention', 'the Collective Security Treaty Organization (CSTO) met. The CSTO agreed.', ['Collective Security Treaty Organization [ORG]', 'CSTO [ORG]', 'CSTO [ORG]']],
    ['an organization ending in a head word', 'a statement by the Russian Foreign Ministry on Monday', ['Russian Foreign Ministry [ORG]', 'Monday [DATE]']],
    ['an organization name that starts with a city', 'the Shanghai Cooperation Organisation summit', ['Shanghai Cooperation Organisation [ORG]']],
    ['a name before a lowercase suffix', 'the Moscow-led bloc and U.S.-backed forces', ['Moscow [PLACE]', 'U.S. [PLACE]']],
    ['a compound of two names', 'the SCO-Afghanistan contact group', ['SCO [ORG]', 'Afghanistan [PLACE]']],
    ['a title in lowercase before the name', 'with strongman leader Emomali Rakhmon in talks', ['Emomali Rakhmon [PERSON]']],
    ['an organization title prefix', 'CSTO Secretary-General Stanislau Zas said so.', ['CSTO [ORG]', 'Stanislau Zas [PERSON]']],
    ['nationality adjectives are not entities', 'Russian and Tajik-Afghan officials, Central Asian states', []],
    ['sentence-initial common words are dropped', 'Separately, officials met. Leaders pose for photos; leaders left.', []],
    ['a surname alone is found once the full name is known', 'Putin spoke first. Later, Vladimir Putin left.', ['Putin [PERSON]', 'Vladimir Putin [PERSON]']],
    ['headline case: only known names', 'Leaders Of Russia Meet To Discuss Afghanistan\n\nThe talks began.', ['Russia [PLACE]', 'Afghanistan [PLACE]']],
    ['a single unknown word before a speech verb is a person', 'Kahn also asked for help.', ['Kahn [PERSON]']],
    ['a place after a place preposition', 'talks at the Novo-Ogaryovo residence outside Moscow', ['Novo-Ogaryovo [PLACE]', 'Moscow [PLACE]']],
    ['a domain of a known organization', 'Photo: kremlin.ru', ['kremlin.ru [ORG]']],
    ['domains: each token once, not with more dots or after a scheme', 'See a.kremlin.ru, www.kremlin.ru, http://kremlin.ru and kremlin.ru’s feed (U.S. kremlin.ru.)', ['kremlin.ru [ORG]', 'U.S. [PLACE]', 'kremlin.ru [ORG]']],
    ['names glued by a missing space', '© Sputnik / Alexei DruzhininRussian President Vladimir Putin attends a meeting.', ['Sputnik [ORG]', 'Alexei Druzhinin [PERSON]', 'Vladimir Putin [PERSON]']],
    ['a known organization goes on over unknown words', 'Meta Platforms announced a dividend.', ['Meta Platforms [ORG]']],
    ['a dateline city in capitals and an agency', 'BRUSSELS, Dec 15 (Reuters) - Talks ended.', ['BRUSSELS [PLACE]', 'Dec 15 [DATE]', 'Reuters [ORG]']],
    ['a surname keeps its particles', 'Ursula von der Leyen spoke. Later von der Leyen left.', ['Ursula von der Leyen [PERSON]', 'von der Leyen [PERSON]']],
    ['nothing inside a URL', 'Original url: https://www.example.com/2021/09/17/moscow-talks', []],
    ['a name with a particle joined by a hyphen', 'Egyptian President Abdel Fattah al-Sisi spoke. Later al-Sisi left.', ['Abdel Fattah al-Sisi [PERSON]', 'al-Sisi [PERSON]']],
    ['a plural subject begins no organization', 'LAKEPORT, Mar 3 (Reuters) - Leaders of the Group of Eight met.', ['Mar 3 [DATE]', 'Reuters [ORG]', 'Group of Eight [ORG]']],
  ])('%s', (_name, text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('canonical forms within an article', () => {
  it('links a surname to the full name', () => {
    expect(canonicalOf('Sergei Lavrov arrived. Lavrov said little.', 'Lavrov')).toBe('Sergei Lavrov');
  });
  it('links a Chinese family name to the full name', () => {
    expect(canonicalOf('Chinese leader Xi Jinping spoke. Xi said more.', 'Xi')).toBe('Xi Jinping');
  });
  it('links an acronym to its expansion', () => {
    expect(canonicalOf('the Shanghai Cooperation Organization met. The SCO agreed.', 'SCO')).toBe('Shanghai Cooperation Organization');
  });
  it('links a short organization name to the longer one', () => {
    expect(canonicalOf('Meta Platforms grew. Meta said so.', 'Meta')).toBe('Meta Platforms');
  });
  it('maps a place alias to its canonical name', () => {
    expect(canonicalOf('forces of the U.S. left', 'U.S.')).toBe('United States');
  });
  it('resolves a relative date against the publication date', () => {
    expect(canonicalOf('Talks Begin\n\nSeptember 15, 2021\n\nThey meet on Friday.', 'Friday')).toBe('2021-09-17');
  });
});

describe('offsets', () => {
  it('counts code points: an emoji before a name does not shift it', () => {
    const text = '😀🎉 Vladimir Putin spoke.';
    const putin = analyzeArticle(text).mentions[0]!;
    expect([putin.start, putin.end]).toEqual([3, 17]);
    expect([...text].slice(putin.start, putin.end).join('')).toBe('Vladimir Putin');
  });
  it('gives the same offsets for CRLF and LF files once normalized', () => {
    const lf = 'Headline Here Today\n\nSergei Lavrov spoke in Moscow.\n';
    const crlf = '\uFEFF' + lf.replace(/\n/g, '\r\n');
    expect(analyzeArticle(normalizeText(crlf)).mentions).toEqual(analyzeArticle(normalizeText(lf)).mentions);
  });
});

describe('isAcronymLike', () => {
  it('says what the acronym pattern says (randomized)', () => {
    const pieces = ['S', 'C', 'O', 'a', '1', '&', '.', '-', ' ', 'É', 'é', 'Ж', '٣', '𝐀', '_'];
    const next = random(27);
    for (let round = 0; round < 5000; round++) {
      const word = randomText(next, pieces, 0, 6);
      expect(isAcronymLike(word), JSON.stringify(word)).toBe(ACRONYM_LIKE.test(word));
    }
  });
});

describe('hasLowercase', () => {
  it('says what a lowercase-letter pattern says (randomized)', () => {
    const pieces = ['S', 'C', 'a', 'z', '`', '{', '1', '-', ' ', 'É', 'é', 'ß', 'Ж', 'ж', 'ǅ', '𝐀', '𝐚', 'ª'];
    const next = random(31);
    for (let round = 0; round < 5000; round++) {
      const word = randomText(next, pieces, 0, 6);
      // The word as a unit in a text, between characters that must not count.
      const unit = { ...tokenize('x')[0]!, start: 1, end: 1 + word.length, text: word };
      expect(hasLowercase(`a${word}b`, unit), JSON.stringify(word)).toBe(/\p{Ll}/u.test(word));
    }
  });
});
