import assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { workspaceFile, waitFor } from '../helpers';

suite('opening an article', () => {
  test('a .txt article from the workspace opens in a text editor', async () => {
    const uri = workspaceFile('fixture-harbour-bridge.txt');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);

    await waitFor('the article to be the active editor', () => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString());
    assert.equal(editor.document.lineAt(0).text, 'Harbour bridge reopens after two-year repair');
    assert.ok(editor.document.getText().includes('Mira Okafor'), 'the article body is in the editor');
  });

  test('the workspace lists the fixture article among its .txt files', async () => {
    const files = await vscode.workspace.findFiles('**/*.txt');
    const names = files.map((file) => file.path.split('/').pop());
    assert.ok(names.includes('fixture-harbour-bridge.txt'), `found: ${names.join(', ')}`);
  });
});
