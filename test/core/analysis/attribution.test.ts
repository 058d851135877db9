import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analysis/pipeline';
import { isSpeechVerb, speechVerbsOf } from '../../../src/core/analysis/attribution';
import { lexicon } from '../../../src/core/analysis/lexicon';
import { tokenize } from '../../../src/core/text/tokens';
import { random, randomText } from '../corpus/fixtures';
import { ParagraphStarts } from '../../../src/core/analysis/references';

/** Each quote as "text | kind | speaker canonical". */
function quotes(text: string): string[] {
  const analysis = analyzeArticle(text);
  return analysis.quotes.map((q) => {
    const speaker = q.speakerMention === null ? null : analysis.mentions[q.speakerMention]!.canonical;
    return `${q.text} | ${q.kind} | ${speaker}`;
  });
}

describe('speaker attribution and quote kinds', () => {
  it.each<[string, string, string[]]>([
    ['"…," X said', '"We will not give in," Anna Petrova said.', ['We will not give in, | direct | Anna Petrova']],
    ['"…," said X with titles', '"The river is ours," said Foreign Minister Anna Petrova.', ['The river is ours, | direct | Anna Petrova']],
    ['X said "…"', 'Anna Petrova said the deal was "a fair compromise" for all.', ['a fair compromise | partial | Anna Petrova']],
    ['according to X', 'The plan "will not survive the winter," according to Marco Bellini.', ['will not survive the winter, | partial | Marco Bellini']],
    ['According to X, at the start of the sentence', 'According to Marco Bellini, the plan "will not survive the winter."', ['will not survive the winter. | partial | Marco Bellini']],
    ['X: "…"', 'Marco Bellini: "We are ready to sign today."', ['We are ready to sign today. | direct | Marco Bellini']],
    [
      'he added / he stressed chains',
      '"We came in good faith," Anna Petrova said.\n\n"We leave in good faith too," she added.',
      ['We came in good faith, | direct | Anna Petrova', 'We leave in good faith too, | direct | Anna Petrova'],
    ],
    [
      'a description resolves to the person introduced with that role',
      'Lakeland President Omar Haddad opened the talks.\n\n"Water is life," the president said.',
      ['Water is life, | direct | Omar Haddad'],
    ],
    [
      'a pronoun after a sentence opening with a role description is the described person',
      'Nordland Foreign Minister Anna Petrova arrived on Monday. She later met Sudland Prime Minister Omar Haddad.\n\nThe Nordland top diplomat noted that talks would continue. "We are patient," she said.',
      ['We are patient, | direct | Anna Petrova'],
    ],
    ['an organization speaks, but not through its chief', 'The European Union said "the talks must resume."\n\nThe European Union chief warned of "a long winter" ahead.', ['the talks must resume. | partial | European Union', 'a long winter | partial | null']],
    ['a word set off and spoken by nobody is a scare quote', 'The so-called "experts" were absent.', ['experts | scare | null']],
    ['a one-word quote in a reported sentence is partial', 'Anna Petrova said the talks were "productive" overall.', ['productive | partial | Anna Petrova']],
    ['a title of a work', 'The report titled "Rivers Without Borders" was released.', ['Rivers Without Borders | title | null']],
    [
      'a multi-paragraph quote belongs to the speaker named at its end',
      '"The first part of the statement goes here.\n\n"And the second part closes it," Marco Bellini said.',
      ['The first part of the statement goes here.\n\n"And the second part closes it, | direct | Marco Bellini'],
    ],
    [
      'several quotes in one sentence share the speaker',
      'Chinese leader Xi Jinping called to "build a broad framework", "combat terrorism" and more.',
      ['build a broad framework | partial | Xi Jinping', 'combat terrorism | partial | Xi Jinping'],
    ],
    [
      'a quote paragraph with no frame continues the previous speaker',
      '"We are not done," Anna Petrova said.\n\n"There is more work ahead of us."',
      ['We are not done, | direct | Anna Petrova', 'There is more work ahead of us. | direct | Anna Petrova'],
    ],
    [
      'the subject before a relative clause',
      'Helena Marsh, who heads the Basin Council that hosted the talks, said it would put "the numbers on the table" soon.',
      ['the numbers on the table | partial | Helena Marsh'],
    ],
    [
      'a pronoun refers to the person introduced since the previous quote',
      '"We stay," Anna Petrova said.\n\nMarco Bellini disagreed. "We go," he said.',
      ['We stay, | direct | Anna Petrova', 'We go, | direct | Marco Bellini'],
    ],
    ['a country as the speaking subject', 'Lakeland promised that it would "not let the river run dry" this year.', ['not let the river run dry | partial | Lakeland']],
    ['a title after a comma', 'Her report, "Thirsty Valleys: Water and Power," was read widely.', ['Thirsty Valleys: Water and Power, | title | null']],
    [
      'a place after the verb is not the speaker',
      'Anna Petrova spoke first. She said Tashkent had obtained only "guaranteed minimum flows" this year.',
      ['guaranteed minimum flows | partial | Anna Petrova'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('isSpeechVerb', () => {
  it('says what a look-up of the lowercased word says, for every verb in any case and for other words (randomized)', () => {
    const verbs = speechVerbsOf(lexicon());
    // The word as a token in a text (whose characters around it must not matter).
    const check = (word: string): void => {
      const token = { ...tokenize('x')[0]!, start: 1, end: 1 + word.length, text: word };
      expect(isSpeechVerb(`s${word}a`, token, verbs), word).toBe(verbs.words.has(word.toLowerCase()));
    };
    for (const verb of verbs.words) for (const word of [verb, verb.toUpperCase(), verb[0]!.toUpperCase() + verb.slice(1), verb.slice(0, -1), verb + 's']) check(word);
    const letters = ['s', 'a', 'i', 'd', 'T', 'o', 'l', 'W', 'r', 'n', 'e', 'İ', 'K', 'é', '-', "'", '1'];
    const next = random(21);
    for (let round = 0; round < 5000; round++) {
      const word = randomText(next, letters, 1, 7);
      check(word);
    }
  });

  it("finds a paragraph's start as the last blank line before a position, by binary search", () => {
    const pieces = ['\n', '\n\n', 'a', ' ', 'The chief'];
    const next = random(21);
    for (let round = 0; round < 1000; round++) {
      const text = randomText(next, pieces, 0, 12);
      const paragraphs = new ParagraphStarts(text);
      for (let at = 0; at <= text.length + 1; at++) expect(paragraphs.of(at), JSON.stringify([text, at])).toBe(text.lastIndexOf('\n\n', at) + 1);
    }
  });

  it('attributes each copy of a paragraph alike when a whole text is one long paragraph (no blank lines)', () => {
    const paragraph =
      'Foreign Minister Anna Petrova met Marco Bellini in Geneva. The Italian envoy said the talks were long. ' +
      '"We are close," he said. Marco Bellini: "The text is ready." Officials called it "a turning point" on Monday. ' +
      'The Russian top diplomat Anna Petrova noted that the deal holds. "We will sign," she said.';
    const once = quotes(paragraph);
    expect(once.filter((q) => !q.endsWith('| null')).length).toBeGreaterThanOrEqual(3);
    const many = quotes(Array.from({ length: 40 }, () => paragraph).join(' '));
    expect(many).toEqual(Array.from({ length: 40 }, () => once).flat());
  });

  it('attributes every quote of one long sentence of quotes (its frame is made once and shared)', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `"word${i} here"`).join(', ');
    const all = quotes(`Anna Petrova said ${words} and left.`);
    expect(all).toHaveLength(2000);
    expect(all.every((q) => q.endsWith('| Anna Petrova'))).toBe(true);
  });
});
