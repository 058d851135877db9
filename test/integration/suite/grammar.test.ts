import assert from 'node:assert/strict';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { newslensApi, openArticle, waitForValue } from '../editorHelpers';
import { workspaceFile } from '../helpers';
import { tokenize, type SyntaxToken } from '../textmate';

async function tokens(uri: vscode.Uri): Promise<SyntaxToken[]> {
  return tokenize((await vscode.workspace.openTextDocument(uri)).getText());
}

function scopesOf(all: SyntaxToken[], text: string): string {
  const token = all.find((t) => t.c.includes(text));
  assert.ok(token, `no token contains ${JSON.stringify(text)}`);
  return token.t;
}

suite('news-article grammar', () => {
  test('the language is contributed without claiming any file extension', async () => {
    assert.ok((await vscode.languages.getLanguages()).includes('news-article'));
    const extension = vscode.extensions.getExtension('newslens.newslens')!;
    const language = (extension.packageJSON.contributes.languages as { id: string; extensions?: string[] }[]).find((l) => l.id === 'news-article');
    assert.ok(language && !language.extensions, 'no extensions');
  });

  test('headline, byline, date line, URL label, quotes and related lines get their scopes', async () => {
    const editor = await openArticle('01-harbor-tribune.txt');
    await waitForValue('news-article language', () => (editor.document.languageId === 'news-article' ? true : undefined));
    const all = await tokens(editor.document.uri);
    assert.match(scopesOf(all, editor.document.lineAt(0).text.slice(0, 12)), /markup\.heading/);
    assert.match(scopesOf(all, 'By'), /keyword\.other\.byline/);
    assert.match(scopesOf(all, 'Jane Doe'), /entity\.name\.author/);
    assert.match(scopesOf(all, 'March 3, 2026'), /constant\.other\.date/);
    assert.match(scopesOf(all, 'Original url'), /keyword\.other\.url-label/);
    assert.match(scopesOf(all, 'https://harbortribune.example'), /markup\.underline\.link/);
    assert.match(scopesOf(all, 'We will not allow the river'), /string\.quoted\.double\.curly/);
  });

  test('datelines, guillemets, single-quote quotes and apostrophes', async () => {
    const ledger = await openArticle('03-eurasia-ledger.txt');
    const ledgerTokens = await tokens(ledger.document.uri);
    assert.match(scopesOf(ledgerTokens, 'KHUJAND'), /entity\.name\.place\.dateline/);
    assert.match(scopesOf(ledgerTokens, 'Eurasia Ledger'), /entity\.name\.agency|meta\.dateline/);
    assert.match(scopesOf(ledgerTokens, 'We will not permit'), /string\.quoted\.double\.guillemet/);

    const observer = await openArticle('04-valley-observer.txt');
    const observerTokens = await tokens(observer.document.uri);
    assert.match(scopesOf(observerTokens, 'weapon'), /string\.quoted\.single/);
    assert.match(scopesOf(observerTokens, 'Related article'), /keyword\.other\.related/);
    assert.doesNotMatch(scopesOf(observerTokens, 'country’s'), /string\.quoted\.single/);
    assert.doesNotMatch(scopesOf(observerTokens, 'Farmers’'), /string\.quoted/);
  });

  test('straight quotes and a wire sign-off', async () => {
    const wire = await openArticle('02-continental-wire.txt');
    const all = await tokens(wire.document.uri);
    assert.match(scopesOf(all, 'We shall never let'), /string\.quoted\.double\.straight/);
    assert.match(scopesOf(all, 'KHUJAND'), /entity\.name\.place\.dateline/);
    assert.match(scopesOf(all, '(CWS)'.slice(1, 4)), /entity\.name\.agency/);
    assert.match(scopesOf(all, 'Reporting by'), /comment\.line\.signoff/);
  });
});

suite('news-article grammar on written lines', () => {
  test('a leading URL line is not a headline; sentences that look like bylines or datelines are not', async () => {
    const all = await tokenize(
      [
        'Original url: https://gazette.example/2025/03/03/bridge',
        'Bridge reopens',
        '',
        'By the time the bridge opened, "we were ready," she said.',
        'The mayor’s office said it was O’Neill’s idea.',
        'Read more: https://gazette.example/more',
      ].join('\n'),
    );
    assert.doesNotMatch(scopesOf(all, 'Original url'), /markup\.heading/);
    assert.match(scopesOf(all, 'https://gazette.example/2025'), /markup\.underline\.link/);
    assert.doesNotMatch(scopesOf(all, 'By the time'), /byline/);
    assert.match(scopesOf(all, 'we were ready'), /string\.quoted\.double\.straight/);
    assert.doesNotMatch(scopesOf(all, 'O’Neill'), /string\.quoted/);
    assert.match(scopesOf(all, 'Read more'), /keyword\.other\.related/);
  });
});

suite('Mark as Article', () => {
  const uri = workspaceFile('notes-marked.article');
  let previousSources: string[] | undefined;

  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('newslens').update('sources', previousSources, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  test('a plain-text file outside the globs is not taken over until it is marked', async () => {
    const api = await newslensApi();
    previousSources = vscode.workspace.getConfiguration('newslens').inspect<string[]>('sources')?.workspaceValue;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Ferry strike ends\nBy Lena Ortiz\n\n"We are back at work," said union leader Tomas Weir.\n'));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'plaintext');
    assert.equal(api.services.workspace.fileOf(uri), undefined);

    await vscode.commands.executeCommand('newslens.markAsArticle');
    const marked = await waitForValue('the language to switch', () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === 'news-article'));
    assert.equal(marked.languageId, 'news-article');
    const source = await waitForValue('the file to be indexed', () => api.services.workspace.source('notes-marked.article'));
    assert.ok(source.entities.some((m) => m.text === 'Tomas Weir'), JSON.stringify(source.entities));
    const globs = vscode.workspace.getConfiguration('newslens', uri).get<string[]>('sources') ?? [];
    assert.ok(globs.includes('notes-marked.article'), globs.join(', '));
    assert.ok(globs.includes('**/*.txt'), 'the existing globs stay');
  });
});
