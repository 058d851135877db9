import assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import { hoversAt, openArticle, rangeOf } from '../editorHelpers';

const REVEAL = '_newslens.reveal';

/** Every markdown link target that is a command. */
function commandLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(\s*<?(command:[^)\s>]*)/g)].map((m) => m[1]!);
}

function assertOnlyRevealLinks(hovers: { value: string; isTrusted: unknown; supportHtml: unknown }[]): void {
  for (const hover of hovers) {
    for (const link of commandLinks(hover.value)) assert.ok(link.startsWith(`command:${REVEAL}?`), `unexpected command link ${link}`);
    const trusted = hover.isTrusted;
    assert.ok(trusted === undefined || trusted === false || (typeof trusted === 'object' && JSON.stringify((trusted as { enabledCommands: string[] }).enabledCommands) === JSON.stringify([REVEAL])), `isTrusted: ${JSON.stringify(trusted)}`);
    assert.notEqual(hover.supportHtml, true);
  }
}

suite('hovers', () => {
  test('an entity shows its canonical name, type, counts and links to other mentions', async () => {
    const editor = await openArticle('03-eurasia-ledger.txt');
    const at = rangeOf(editor.document, 'Hojayev').start.translate(0, 2);
    const hovers = await hoversAt(editor.document.uri, at);
    const entity = hovers.find((h) => h.value.includes('· person'));
    assert.ok(entity, JSON.stringify(hovers));
    assert.match(entity.value, /\*\*Rustam Khodjaev\*\* · person/);
    assert.match(entity.value, /Also: .*Rustam Hojayev/);
    assert.match(entity.value, /\d+ mentions in 5 sources/);
    assert.match(entity.value, /Merged: .*transliteration/);
    assert.ok(commandLinks(entity.value).length > 0, 'links to other mentions');
    assertOnlyRevealLinks(hovers);
  });

  test('a quote shows its speaker, kind and the other versions with their differences', async () => {
    const editor = await openArticle('01-harbor-tribune.txt');
    const at = rangeOf(editor.document, 'not allow the river').start.translate(0, 4);
    const hovers = await hoversAt(editor.document.uri, at);
    const quote = hovers.find((h) => h.value.startsWith('**Quote**'));
    assert.ok(quote, JSON.stringify(hovers));
    assert.match(quote.value, /direct · said by \*\*Rustam Khodjaev\*\*/);
    assert.match(quote.value, /Versions in other sources \(\d+\)/);
    assert.match(quote.value, /02\\-continental\\-wire\\\.txt/);
    assert.match(quote.value, /(reworded|trimmed|identical|longest)/);
    assert.match(quote.value, /says “[^”]+” for “[^”]+”/, 'a changed wording is listed');
    assertOnlyRevealLinks(hovers);
  });

  test('hostile article text is escaped and never becomes a working command link', async () => {
    const editor = await openArticle('fixture-harbour-bridge.txt');
    const at = rangeOf(editor.document, 'kept our promise').start;
    const hovers = await hoversAt(editor.document.uri, at);
    const quote = hovers.find((h) => h.value.startsWith('**Quote**'));
    assert.ok(quote, JSON.stringify(hovers));
    // The other version (fixture-hostile-markup.txt) carries the markup, escaped.
    assert.ok(quote.value.includes('\\[x\\]\\(command\\:workbench\\.action\\.quit\\)'), quote.value);
    assert.ok(quote.value.includes('\\<img src\\=x onerror\\=alert\\(1\\)\\>'));
    assert.ok(quote.value.includes('\\`rm \\-rf\\`'));
    assert.ok(quote.value.includes('\\$\\(zap\\)'));
    assert.doesNotMatch(quote.value, /(^|[^\\])<img/);
    assert.doesNotMatch(quote.value, /command:workbench/);
    assertOnlyRevealLinks(hovers);
  });
});
