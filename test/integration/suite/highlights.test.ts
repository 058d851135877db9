import assert from 'node:assert/strict';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { drawnHighlights, newslensApi, openArticle, rangeOf, tuple, waitForValue } from '../editorHelpers';
import { workspaceFile } from '../helpers';

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

suite('highlights: speakers as inlay hints', () => {
  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('newslens').update('highlights.speaker', undefined, vscode.ConfigurationTarget.Global);
  });

  test('with newslens.highlights.speaker = inlay, the speaker is a hint before the quote and not at the line end', async () => {
    const editor = await openArticle(FIXTURE);
    const document = editor.document;
    await vscode.workspace.getConfiguration('newslens').update('highlights.speaker', 'inlay', vscode.ConfigurationTarget.Global);
    await waitForValue('end-of-line speakers to go', async () => ((await drawnHighlights(document))?.speakers.length === 0 ? true : undefined));
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const hints = await waitForValue('inlay hints', async () => {
      const found = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, whole);
      return found.length > 0 ? found : undefined;
    });
    const quote = rangeOf(document, 'We kept our promise');
    const hint = hints.find((h) => h.position.line === quote.start.line);
    assert.ok(hint, JSON.stringify(hints));
    assert.equal(hint.label, 'Mira Okafor:');
    assert.equal(hint.position.character, quote.start.character - 1, 'before the opening mark');
  });
});

/** A long invented article: varied sentences, names, organizations, quotes. */
function generatedArticle(bytes: number): string {
  const words = 'the a of and to in water river bridge council talks budget repair lanes traffic plan data share level season price power said would could new old first last week month year city'.split(' ');
  const given = ['Mira', 'Paul', 'Ana', 'Tomas', 'Lena', 'Jonas', 'Elena', 'Sam', 'Ines', 'Karim'];
  const family = ['Okafor', 'Lindqvist', 'Reyes', 'Weir', 'Ortiz', 'Calder', 'Brandt', 'Duarte', 'Novak', 'Haddad'];
  let seed = 7;
  const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const sentence = (): string => {
    const chosen = Array.from({ length: 8 + next(12) }, () => words[next(words.length)]!);
    return chosen.join(' ').replace(/^./, (c) => c.toUpperCase());
  };
  const parts = ['City budget review runs long\nBy Ines Calder\nMarch 5, 2025\n\n'];
  let length = parts[0]!.length;
  while (length < bytes) {
    const kind = next(5);
    const part =
      kind === 0
        ? `"${sentence()}," said ${given[next(10)]} ${family[next(10)]} on Monday. `
        : kind === 1
          ? `${sentence()} at the Eastport Transit Authority on March ${1 + next(28)}. `
          : `${sentence()}. ${next(6) === 0 ? '\n\n' : ''}`;
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

suite('highlights: a large article', () => {
  const name = 'zz-generated-large.txt';
  const uri = workspaceFile(name);

  suiteTeardown(async function () {
    this.timeout(60_000);
    // Leave the folder as the other suites expect it: the generated article closed, deleted and out of the index.
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    // Reverted before the file goes: a run whose revert met another editor (the command acts on the
    // active one) left the typed text unsaved, and the workbench wrote it back after the deletion.
    for (let attempt = 0; open?.isDirty && attempt < 5; attempt++) {
      await vscode.window.showTextDocument(open);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await waitForValue('the generated article reverted', () => (open.isDirty ? undefined : true), 3_000).catch(() => undefined);
    }
    assert.ok(!open?.isDirty, 'the generated article could not be reverted');
    await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    const api = await newslensApi();
    const deleted = Date.now();
    await waitForValue('the generated article to leave the index', () => (api.services.workspace.fileOf(uri) === undefined ? true : undefined), 45_000);
    console.log(`[highlights] generated article left the index ${Date.now() - deleted} ms after deletion`);
  });

  test('is highlighted, and a name typed into it is highlighted after the next analysis', async function () {
    this.timeout(90_000);
    const size = 300 * 1024;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(generatedArticle(size)));
    // The extension host's longest stall while the article is indexed and edited (for the report, not asserted).
    let lastTick = Date.now();
    let longestStall = 0;
    const ticker = setInterval(() => {
      longestStall = Math.max(longestStall, Date.now() - lastTick - 50);
      lastTick = Date.now();
    }, 50);
    try {
      const opened = Date.now();
      const editor = await openArticle(name);
      const first = await waitForValue('the large article to be drawn', async () => {
        const r = await drawnHighlights(editor.document);
        return r?.ranges['PERSON:detected'] ? r : undefined;
      }, 60_000);
      const firstMs = Date.now() - opened;
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      const typed = Date.now();
      assert.ok(await editor.edit((edit) => edit.insert(end, '\n\nCouncillor Wilhelmina Abernathy said the lanes would open soon.')));
      const after = await waitForValue('the typed name to be highlighted', async () => {
        const r = await drawnHighlights(editor.document);
        const target = String(tuple(rangeOf(editor.document, 'Wilhelmina Abernathy')));
        return r?.ranges['PERSON:detected']?.some((range) => String(range) === target) ? r : undefined;
      }, 60_000);
      const ranges = Object.values(after.ranges).reduce((n, list) => n + list.length, 0);
      console.log(`[highlights] ${size / 1024} KB article: first drawn after ${firstMs} ms (draw ${first.drawMs.toFixed(1)} ms); edit -> redraw ${Date.now() - typed} ms (draw ${after.drawMs.toFixed(1)} ms, ${ranges} ranges); longest extension-host stall ${longestStall} ms`);
      assert.ok(ranges > 1000);
    } finally {
      clearInterval(ticker);
    }
  });
});
