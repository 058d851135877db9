import assert from 'node:assert/strict';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { flatten, openNewArticle, readText, select, viewItems, waitFor, waitForAsync, workspaceFile, writeText, resetEditors } from '../annotationHelpers';

const ARTICLE = [
  'Lighthouse keeper retires in Norrvik',
  'By Pia Solberg, Norrvik Weekly',
  'May 5, 2026',
  '',
  'NORRVIK — After forty years the keeper handed over the keys on Friday.',
  '',
  'The lamp was last replaced in 1998, according to the harbour office.',
  '',
].join('\n');

suite('diagnostics: orphaned annotations and their quick fix', () => {
  suiteTeardown(resetEditors);
  test('an orphan shows in Problems at its last position and its quick fix re-attaches it to the selection', async () => {
    const editor = await openNewArticle('diagnostics-orphan.txt', ARTICLE);
    const uri = editor.document.uri;
    select(editor, 'The lamp was last replaced in 1998');
    const id = await vscode.commands.executeCommand<string>('newslens.annotateSelection', { as: 'note', note: 'verify the year' });
    assert.ok(id);

    // The source is rewritten outside the editor: the annotated sentence is gone.
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await writeText(uri, ARTICLE.replace('The lamp was last replaced in 1998, according to the harbour office.', 'A new keeper, Eli Moen, starts in June; the lantern dates from an earlier century.'));
    await waitFor('an orphan diagnostic on the source', () => vscode.languages.getDiagnostics(uri).some((d) => d.code === 'orphan'), 10_000);
    const diagnostic = vscode.languages.getDiagnostics(uri).find((d) => d.code === 'orphan')!;
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(diagnostic.message, /The lamp was last replaced in 1998/);

    const reopened = await vscode.window.showTextDocument(uri);
    await waitForAsync('the orphan first in the Annotations view', async () => (await viewItems('newslens.annotations'))[0]?.contextValue === 'orphan');
    const selection = select(reopened, 'the lantern dates from an earlier century');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, selection);
    const fix = actions?.find((a) => a.command?.command === 'newslens.reattachOrphan');
    assert.ok(fix, `actions: ${actions?.map((a) => a.title).join(' | ')}`);
    assert.ok(fix.kind?.contains(vscode.CodeActionKind.QuickFix));
    await vscode.commands.executeCommand(fix.command!.command, ...(fix.command!.arguments ?? []));

    const stored = parse((await readText(workspaceFile('diagnostics-orphan.txt.annotations.yaml')))!) as { annotations: { id: string; target: { exact?: string }[] }[] };
    const note = stored.annotations.find((a) => a.id === id)!;
    assert.equal(note.target.find((s) => s.exact !== undefined)?.exact, 'the lantern dates from an earlier century');
    await waitFor('the orphan diagnostic to go away', () => !vscode.languages.getDiagnostics(uri).some((d) => d.code === 'orphan'));
    await waitForAsync('no orphan left in the Annotations view', async () => !flatten(await viewItems('newslens.annotations')).some((n) => n.contextValue === 'orphan'));
  });

  test('a sidecar whose article is gone is reported on the sidecar', async () => {
    const editor = await openNewArticle('diagnostics-gone.txt', ARTICLE);
    select(editor, 'After forty years');
    await vscode.commands.executeCommand('newslens.annotateSelection', { as: 'note', note: 'kept after the article goes' });
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const sidecar = workspaceFile('diagnostics-gone.txt.annotations.yaml');
    await vscode.workspace.fs.delete(editor.document.uri);
    await waitFor('a warning on the left-behind sidecar', () => vscode.languages.getDiagnostics(sidecar).some((d) => /not among the analysed articles/.test(d.message)));
    assert.ok((await readText(sidecar))?.includes('kept after the article goes'), 'the sidecar itself is untouched');
  });
});
