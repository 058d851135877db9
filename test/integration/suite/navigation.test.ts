import assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { openArticle, rangeOf, waitForValue } from '../editorHelpers';
import { workspaceFile } from '../helpers';

type Target = vscode.Location | vscode.LocationLink;
const uriOf = (t: Target): vscode.Uri => ('targetUri' in t ? t.targetUri : t.uri);
const rangeOfTarget = (t: Target): vscode.Range => ('targetRange' in t ? (t.targetSelectionRange ?? t.targetRange) : t.range);
const name = (uri: vscode.Uri): string => uri.path.split('/').pop()!;

async function textAt(target: Target): Promise<string> {
  return (await vscode.workspace.openTextDocument(uriOf(target))).getText(rangeOfTarget(target));
}

suite('navigation', () => {
  test('Go to Definition on a quote leads to the longest version in another source', async () => {
    const editor = await openArticle('fixture-harbour-bridge.txt');
    const at = rangeOf(editor.document, 'kept our promise').start;
    const targets = await vscode.commands.executeCommand<Target[]>('vscode.executeDefinitionProvider', editor.document.uri, at);
    assert.equal(targets.length, 1, JSON.stringify(targets));
    assert.equal(name(uriOf(targets[0]!)), 'fixture-hostile-markup.txt');
    assert.match(await textAt(targets[0]!), /^We kept our promise to the people of Eastport \[x\]/);
  });

  test('Go to Definition on a surname leads to the full name', async () => {
    const editor = await openArticle('03-eurasia-ledger.txt');
    const document = editor.document;
    // The last "Hojayev" is the surname-only mention if there is one; the definition spells the canonical name.
    const text = document.getText();
    const at = document.positionAt(text.lastIndexOf('Hojayev') + 1);
    const targets = await vscode.commands.executeCommand<Target[]>('vscode.executeDefinitionProvider', document.uri, at);
    assert.equal(targets.length, 1);
    assert.equal(await textAt(targets[0]!), 'Rustam Khodjaev');
  });

  test('Find All References on an entity lists its mentions in every source, under both spellings', async () => {
    const editor = await openArticle('03-eurasia-ledger.txt');
    const at = rangeOf(editor.document, 'Rustam Hojayev').start.translate(0, 1);
    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, at);
    const files = new Set(references.map((r) => name(r.uri)));
    assert.deepEqual([...files].sort(), ['01-harbor-tribune.txt', '02-continental-wire.txt', '03-eurasia-ledger.txt', '04-valley-observer.txt', '05-morning-dispatch.txt']);
    const texts = new Set(await Promise.all(references.map(textAt)));
    assert.ok(texts.has('Rustam Khodjaev') && texts.has('Rustam Hojayev'), [...texts].join(', '));
  });

  test('Find All References on a quote lists every version of its group', async () => {
    const editor = await openArticle('fixture-harbour-bridge.txt');
    const at = rangeOf(editor.document, 'kept our promise').start;
    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, at);
    assert.deepEqual(references.map((r) => name(r.uri)).sort(), ['fixture-harbour-bridge.txt', 'fixture-hostile-markup.txt']);
  });

  test('references in a CRLF file with a BOM land on the right characters', async () => {
    await openArticle('05-morning-dispatch.txt');
    const editor = await openArticle('01-harbor-tribune.txt');
    const at = rangeOf(editor.document, 'Rustam Khodjaev').start;
    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, at);
    const inCrlf = references.filter((r) => name(r.uri) === '05-morning-dispatch.txt');
    assert.ok(inCrlf.length > 0);
    for (const reference of inCrlf) assert.match(await textAt(reference), /^(Rustam )?(Hojayev|Khodjaev)$/);
  });

  test('the reveal command behind hover links selects the span', async () => {
    const editor = await openArticle('fixture-harbour-bridge.txt');
    const text = editor.document.getText();
    const start = [...text.slice(0, text.indexOf('Paul Lindqvist'))].length;
    await vscode.commands.executeCommand('_newslens.reveal', 'fixture-harbour-bridge.txt', start, start + 'Paul Lindqvist'.length);
    const active = await waitForValue('the article to be active', () =>
      vscode.window.activeTextEditor?.document.uri.toString() === workspaceFile('fixture-harbour-bridge.txt').toString() ? vscode.window.activeTextEditor : undefined,
    );
    assert.equal(active.document.getText(active.selection), 'Paul Lindqvist');
  });
});
