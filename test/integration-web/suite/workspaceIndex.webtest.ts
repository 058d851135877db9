import * as assert from '../assert';
import * as vscode from 'vscode';
import { suite, test } from '../mochaSetup';
import { FixtureArticle, codePointSlice, readWorkspaceText, readyApi, waitFor, workspaceFile } from '../helpers';

const Samples = ['01-harbor-tribune.txt', '02-continental-wire.txt', '03-eurasia-ledger.txt', '04-valley-observer.txt', '05-morning-dispatch.txt'];

suite('web host: workspace index through vscode.workspace.fs', () => {
  test('finds every article of the mounted folder', async () => {
    const api = await readyApi();
    const files = api.services.workspace.result().sources.map((source) => source.file).sort();
    assert.deepStrictEqual(files, [...Samples, FixtureArticle].sort());
    assert.deepStrictEqual([...api.services.workspace.skipped.keys()], []);
  });

  test('cross-references a person the samples quote in several sources', async () => {
    const result = (await readyApi()).services.workspace.result();
    const khodjaev = result.entities.find((entity) => entity.name === 'Rustam Khodjaev');
    assert.ok(khodjaev, `no Rustam Khodjaev among ${result.entities.length} entities`);
    assert.deepStrictEqual([...khodjaev.sources].sort(), Samples);
    const quotedIn = new Set(result.sources.filter((source) => source.quotes.some((quote) => quote.speaker === khodjaev.id)).map((source) => source.file));
    assert.ok(quotedIn.size >= 3, `quoted in ${[...quotedIn].join(', ')}`);
    assert.ok(result.quoteGroups.some((group) => group.speaker === khodjaev.id && group.members.length >= 2));
  });

  test('offsets in the fixture are code points over the text read through workspace.fs (an emoji comes first)', async () => {
    const source = (await readyApi()).services.workspace.source(FixtureArticle);
    assert.ok(source, 'the fixture was not indexed');
    const text = await readWorkspaceText(FixtureArticle);
    const sorby = source.entities.find((mention) => mention.text === 'Elin Sørby');
    assert.ok(sorby, `entities: ${source.entities.map((mention) => mention.text).join(', ')}`);
    assert.strictEqual(sorby.type, 'PERSON');
    for (const mention of source.entities) assert.strictEqual(codePointSlice(text, mention.start, mention.end), mention.text);
    const quote = source.quotes.find((candidate) => candidate.speaker === sorby.entity);
    assert.ok(quote, 'the quote is not attributed to Elin Sørby');
    assert.strictEqual(codePointSlice(text, quote.start, quote.end), quote.text);
    assert.match(quote.text, /^The boats are ready/);
  });

  test('an article written through workspace.fs is indexed, and forgotten when deleted', async () => {
    const { workspace } = (await readyApi()).services;
    const uri = workspaceFile('web-new-article.txt');
    const article = 'Pier reopens\nBy Ana Field\n\n"We are open again," said Marta Quill on Friday.\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(article));
    await waitFor('the new article in the index', () => workspace.source('web-new-article.txt') !== undefined, 15_000);
    const source = workspace.source('web-new-article.txt')!;
    assert.ok(source.entities.some((mention) => mention.text === 'Marta Quill'), source.entities.map((mention) => mention.text).join(', '));
    await vscode.workspace.fs.delete(uri);
    await waitFor('the deleted article to leave the index', () => workspace.source('web-new-article.txt') === undefined, 15_000);
  });
});
