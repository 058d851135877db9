import { describe, expect, it } from 'vitest';
import { entityHoverMarkdown, escapeMarkdown, escapeShort, parseRevealArgs, quoteHoverMarkdown, REVEAL_COMMAND, revealUri } from '../../../src/extension/hovers/markdown';
import { scanTwoSources } from '../navigation/twoSources';

/** Drops backslash escapes; what is left must hold no ASCII punctuation that markdown could act on. */
function unescapedPunctuation(markdown: string): string {
  return markdown.replace(/\\[!-/:-@[-`{-~]/g, '').replace(/[^!-/:-@[-`{-~]/g, '');
}

/** Markdown links whose target is a command (the hover must have only ours). */
function commandLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\((command:[^)]*)\)/g)].map((m) => m[1]!);
}

const HOSTILE = [
  '[x](command:workbench.action.quit)',
  '[x]( command:workbench.action.quit "t")',
  '![img](https://evil.example/a.png)',
  '<img src=x onerror=alert(1)>',
  '`code` and ``double``',
  '$(alert) $(zap~spin) theme icons',
  '*bold* _em_ ~~strike~~',
  '&lt;script&gt; &#96;',
  '# heading\n\n- list\n> quote\n    code block',
  '[x]: command:workbench.action.quit',
  '<command:workbench.action.quit>',
  `[${REVEAL_COMMAND}](command:${REVEAL_COMMAND}?%5B%22a%22%2C0%2C1%5D)`,
  '\\[x\\](command:workbench.action.quit)',
];

describe('escapeMarkdown', () => {
  it.each(HOSTILE)('leaves no active markdown in %j', (text) => {
    const escaped = escapeMarkdown(text);
    expect(unescapedPunctuation(escaped)).toBe('');
    expect(commandLinks(escaped)).toEqual([]);
    expect(escaped).not.toMatch(/\n/);
  });

  it('keeps letters, digits and non-ASCII text as they are', () => {
    expect(escapeMarkdown('Mira Okafor «Hojayev» 2025 ’90s')).toBe('Mira Okafor «Hojayev» 2025 ’90s');
  });

  it('unescapes back to the original text with whitespace collapsed', () => {
    for (const text of HOSTILE) expect(escapeMarkdown(text).replace(/\\(.)/g, '$1')).toBe(text.replace(/\s+/g, ' '));
  });

  it('cuts long text by code points', () => {
    const short = escapeShort('😀'.repeat(10), 5);
    expect(short).toBe('😀😀😀😀…');
  });
});

describe('reveal links', () => {
  it('round-trips the span through the command URI', () => {
    const uri = revealUri({ file: 'dir/a [1].txt', start: 3, end: 9 });
    expect(uri.startsWith(`command:${REVEAL_COMMAND}?`)).toBe(true);
    expect(uri).not.toMatch(/[()\s[\]]/);
    const args = JSON.parse(decodeURIComponent(uri.slice(uri.indexOf('?') + 1))) as unknown[];
    expect(parseRevealArgs(args)).toEqual({ file: 'dir/a [1].txt', start: 3, end: 9 });
  });

  it.each([[[1, 2, 3]], [['a', -1, 2]], [['a', 5, 2]], [['a', 1.5, 2]], [[]]])('rejects %j', (args) => {
    expect(parseRevealArgs(args)).toBeUndefined();
  });
});

describe('hover markdown', () => {
  const result = scanTwoSources();
  const sourceA = result.sources.find((s) => s.file === 'a.txt')!;
  const okafor = sourceA.entities.find((m) => m.text === 'Okafor')!;

  it('describes an entity with its name, type, counts and links to the other mentions', () => {
    const markdown = entityHoverMarkdown(result, okafor, 'a.txt');
    expect(markdown).toContain('**Mira Okafor** · person');
    expect(markdown).toContain('3 mentions in 2 sources');
    const links = commandLinks(markdown);
    expect(links).toHaveLength(2);
    expect(links.every((l) => l.startsWith(`command:${REVEAL_COMMAND}?`))).toBe(true);
    // The other source comes first.
    expect(markdown.indexOf('b\\.txt')).toBeLessThan(markdown.indexOf('[here]'));
  });

  it('describes a quote with its speaker, kind and the other version with its differences', () => {
    const quote = result.sources.find((s) => s.file === 'b.txt')!.quotes[0]!;
    const markdown = quoteHoverMarkdown(result, quote, 'b.txt');
    expect(markdown).toContain('direct');
    expect(markdown).toContain('said by **Mira Okafor**');
    expect(markdown).toContain('Versions in other sources (1)');
    expect(markdown).toContain('longest');
    expect(markdown).toContain('This version: trimmed');
    expect(commandLinks(markdown)).toHaveLength(1);
  });

  it('escapes hostile names and quote text', () => {
    const hostile = { ...result, entities: result.entities.map((e) => (e.id === okafor.entity ? { ...e, name: '[x](command:workbench.action.quit)', aliases: ['<img src=x>', '$(zap)'] } : e)) };
    const markdown = entityHoverMarkdown(hostile, okafor, 'a.txt');
    expect(commandLinks(markdown).every((l) => l.startsWith(`command:${REVEAL_COMMAND}?`))).toBe(true);
    expect(markdown).toContain('\\[x\\]\\(command\\:workbench\\.action\\.quit\\)');
    expect(markdown).toContain('\\<img src\\=x\\>');
    expect(markdown).toContain('\\$\\(zap\\)');
  });
});
