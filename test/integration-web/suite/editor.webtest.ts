import * as assert from '../assert';
import * as vscode from 'vscode';
import { suite, test } from '../mochaSetup';
import { FixtureArticle, readyApi, waitFor, workspaceFile } from '../helpers';

suite('web host: articles in the editor', () => {
  test('an article opened from the mounted folder counts as an article and gets the news-article language', async () => {
    const { workspace } = (await readyApi()).services;
    const document = await vscode.workspace.openTextDocument(workspaceFile(FixtureArticle));
    await vscode.window.showTextDocument(document);
    assert.strictEqual(workspace.fileOf(document.uri), FixtureArticle);
    assert.strictEqual(workspace.isArticle(document), true, `not an article: ${document.uri.toString()}`);
    await waitFor('the news-article language', () => vscode.window.activeTextEditor?.document.languageId === 'news-article');
  });

  test('typing re-analyses the open article in the web host', async () => {
    const { workspace } = (await readyApi()).services;
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && workspace.fileOf(editor.document.uri) === FixtureArticle, 'the fixture is not the active editor');
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((edit) => edit.insert(end, '\n"We will add a night crossing," said Oskar Lind.\n'));
    await waitFor('the added quote in the index', () => workspace.source(FixtureArticle)?.quotes.some((quote) => quote.text.includes('night crossing')) === true, 15_000);
    // Later suites read the fixture from disk: the index must describe the saved text again.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the reverted text in the index', () => workspace.source(FixtureArticle)?.quotes.some((quote) => quote.text.includes('night crossing')) === false, 15_000);
  });
});
