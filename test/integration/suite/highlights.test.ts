import assert from 'node:assert/strict';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { drawnHighlights, openArticle, rangeOf, tuple, waitForValue } from '../editorHelpers';

const FIXTURE = 'fixture-harbour-bridge.txt';

suite('highlights', () => {
  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('newslens').update('highlights.enabled', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('newslens').update('highlights.person', undefined, vscode.ConfigurationTarget.Global);
  });

  test('an article opened from the folder gets the news-article language', async () => {
    const editor = await openArticle(FIXTURE);
    await waitForValue('the language to switch', () => (editor.document.languageId === 'news-article' ? true : undefined));
  });

  test('entities and quotes are drawn on their ranges, with the speaker at the end of the line', async () => {
    const editor = await openArticle(FIXTURE);
    const document = editor.document;
    const drawn = await waitForValue('highlights to be drawn', async () => {
      const record = await drawnHighlights(document);
      return record && record.ranges['PERSON:detected'] ? record : undefined;
    });
    assert.ok(drawn.ranges['PERSON:detected']?.some((r) => String(r) === String(tuple(rangeOf(document, 'Mira Okafor')))));
    assert.ok(drawn.ranges['PERSON:detected']?.some((r) => String(r) === String(tuple(rangeOf(document, 'Paul Lindqvist')))));
    assert.ok(drawn.ranges['ORG:detected']?.some((r) => String(r) === String(tuple(rangeOf(document, 'Eastport Transit Authority')))));
    assert.ok(drawn.ranges['DATE:detected']?.some((r) => String(r) === String(tuple(rangeOf(document, 'March 3, 2025')))));
    // The quote span is the text between the marks.
    const quote = rangeOf(document, 'We kept our promise to the people of Eastport,');
    assert.ok(drawn.ranges['QUOTE:detected']?.some((r) => String(r) === String(tuple(quote))), JSON.stringify(drawn.ranges['QUOTE:detected']));
    assert.deepEqual(drawn.speakers.find(([line]) => line === quote.start.line), [quote.start.line, '— Mira Okafor']);
  });

  test('Toggle Highlights clears every highlight and brings them back', async () => {
    const editor = await openArticle(FIXTURE);
    const before = await waitForValue('highlights', async () => (await drawnHighlights(editor.document))?.ranges['QUOTE:detected'] ? await drawnHighlights(editor.document) : undefined);
    await vscode.commands.executeCommand('newslens.toggleHighlights');
    await waitForValue('highlights to clear', async () => {
      const record = await drawnHighlights(editor.document);
      return record && Object.keys(record.ranges).length === 0 && record.speakers.length === 0 ? true : undefined;
    });
    await vscode.commands.executeCommand('newslens.toggleHighlights');
    const after = await waitForValue('highlights to return', async () => {
      const record = await drawnHighlights(editor.document);
      return record && Object.keys(record.ranges).length > 0 ? record : undefined;
    });
    assert.deepEqual(after.ranges, before!.ranges);
  });

  test('switching people off removes only their highlights', async () => {
    const editor = await openArticle(FIXTURE);
    await vscode.workspace.getConfiguration('newslens').update('highlights.person', false, vscode.ConfigurationTarget.Global);
    const record = await waitForValue('people to vanish', async () => {
      const r = await drawnHighlights(editor.document);
      return r && !r.ranges['PERSON:detected'] ? r : undefined;
    });
    assert.ok(record.ranges['ORG:detected'] && record.ranges['QUOTE:detected'], 'other kinds stay');
    await vscode.workspace.getConfiguration('newslens').update('highlights.person', undefined, vscode.ConfigurationTarget.Global);
    await waitForValue('people to return', async () => ((await drawnHighlights(editor.document))?.ranges['PERSON:detected'] ? true : undefined));
  });

  test('typing a new name highlights it after the debounce, and edits keep the old highlights in place', async () => {
    const editor = await openArticle(FIXTURE);
    const document = editor.document;
    const end = document.lineAt(document.lineCount - 1).range.end;
    const added = '\nDeputy Mayor Jon Brandt said the bus lanes would open on Friday.';
    const edited = Date.now();
    assert.ok(await editor.edit((edit) => edit.insert(end, added)));
    const record = await waitForValue('the typed name to be highlighted', async () => {
      const r = await drawnHighlights(document);
      return r?.ranges['PERSON:detected']?.some((range) => String(range) === String(tuple(rangeOf(document, 'Jon Brandt')))) ? r : undefined;
    });
    console.log(`[highlights] edit -> redraw ${Date.now() - edited} ms (debounce included); last draw ${record.drawMs.toFixed(1)} ms`);
    assert.ok(record.ranges['PERSON:detected']?.some((r) => String(r) === String(tuple(rangeOf(document, 'Mira Okafor')))));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
