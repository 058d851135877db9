import assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { flatten, newslensReady, viewItems, waitFor, waitForAsync, workspaceFile, type TreeNode, resetEditors } from '../annotationHelpers';

suite('panel: tree views over the samples folder', () => {
  suiteTeardown(resetEditors);
  suiteSetup(newslensReady);

  test('Sources lists each article with outlet, date and counts', async () => {
    await waitForAsync('the five samples in Sources', async () => (await viewItems('newslens.sources')).filter((n) => /^0\d-/.test(n.label)).length === 5);
    const harbor = (await viewItems('newslens.sources')).find((n) => n.label === '01-harbor-tribune.txt');
    assert.ok(harbor, 'the first sample is listed');
    assert.match(harbor.description ?? '', /harbortribune\.example · 2026-03-03 · \d+ entities · \d+ quotes/);
  });

  test('Entities groups by type, shows aliases and merge evidence, and narrows with a filter', async () => {
    const types = await viewItems('newslens.entities');
    assert.deepEqual(
      types.map((t) => t.label).filter((l) => ['People', 'Organizations', 'Places'].includes(l)),
      ['People', 'Organizations', 'Places'],
    );
    const people = types.find((t) => t.label === 'People')!;
    const khodjaev = people.children?.find((e) => e.label === 'Rustam Khodjaev');
    assert.ok(khodjaev, `people: ${people.children?.map((c) => c.label).join(', ')}`);
    assert.match(khodjaev.description ?? '', /aka .*Hojayev/);
    assert.match(khodjaev.tooltip ?? '', /merged because:\n {2}spelling .*transliteration/);
    const sources = khodjaev.children ?? [];
    assert.ok(sources.length >= 3, 'one child per source');
    const mention = sources[0]!.children?.[0];
    assert.ok(mention?.reveal, 'a mention reveals its span');

    await vscode.commands.executeCommand('newslens.filterEntities', 'hojayev');
    const filtered = flatten(await viewItems('newslens.entities')).filter((n) => n.contextValue === 'entity');
    assert.deepEqual(filtered.map((n) => n.label), ['Rustam Khodjaev']);
    await vscode.commands.executeCommand('newslens.clearEntityFilter');
    assert.ok(flatten(await viewItems('newslens.entities')).filter((n) => n.contextValue === 'entity').length > 5);
  });

  test('clicking a mention reveals it: the editor selects the mention text', async () => {
    const people = (await viewItems('newslens.entities')).find((t) => t.label === 'People')!;
    const mention = people.children!.find((e) => e.label === 'Rustam Khodjaev')!.children![0]!.children![0]!;
    await vscode.commands.executeCommand('_newslens.panelReveal', mention.reveal);
    await waitFor('the mention to be selected', () => vscode.window.activeTextEditor?.document.getText(vscode.window.activeTextEditor.selection) === mention.label);
    assert.ok(vscode.window.activeTextEditor!.document.uri.path.endsWith(mention.reveal!.file));
  });

  test('Quotes: speaker -> group -> one version per source', async () => {
    const speakers = await viewItems('newslens.quotes');
    const groups = flatten(speakers).filter((n) => n.contextValue === 'quoteGroup');
    assert.ok(groups.length >= 5, `quote groups: ${groups.length}`);
    const group = groups[0]!;
    assert.ok((group.children?.length ?? 0) >= 2);
    assert.ok(group.children!.every((v) => v.contextValue === 'quoteVersion' && v.reveal && /^0\d-/.test(v.label)));
    assert.ok(speakers.some((s) => s.label === 'Aigerim Seitkali'), `speakers: ${speakers.map((s) => s.label).join(', ')}`);
  });

  test('Compare Quote Versions opens a side-by-side diff of two versions', async () => {
    const group = flatten(await viewItems('newslens.quotes')).find((n) => n.contextValue === 'quoteGroup')!;
    const [first, second] = group.children!;
    await vscode.commands.executeCommand('newslens.compareQuoteVersions', { group: group.data!.group, file: first!.data!.file, start: first!.data!.start, other: { file: second!.data!.file, start: second!.data!.start } });
    await waitFor('a diff editor of two quote versions', () => {
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return input instanceof vscode.TabInputTextDiff && input.original.scheme === 'newslens-quote' && input.modified.scheme === 'newslens-quote';
    });
    const input = vscode.window.tabGroups.activeTabGroup.activeTab!.input as vscode.TabInputTextDiff;
    const left = await vscode.workspace.openTextDocument(input.original);
    assert.ok(left.getText().replace(/\s+/g, ' ').trim().length > 10, 'the left side holds the quote text');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('This Article follows the active article: shared entities, shared quotes, findings', async () => {
    await vscode.window.showTextDocument(workspaceFile('03-eurasia-ledger.txt'));
    let sections: TreeNode[] = [];
    await waitForAsync('This Article to show 03-eurasia-ledger', async () => {
      sections = await viewItems('newslens.thisArticle');
      return sections.find((s) => s.label === 'Shared entities')?.children?.some((e) => e.reveal?.file === '03-eurasia-ledger.txt') ?? false;
    });
    assert.deepEqual(sections.map((s) => s.label), ['Findings', 'Shared quotes', 'Shared entities']);
    const entity = sections[2]!.children!.find((e) => e.label === 'Rustam Khodjaev');
    assert.ok(entity?.children?.every((c) => c.label !== '03-eurasia-ledger.txt'), 'children are the other sources');
    assert.ok(sections[0]!.children!.some((f) => /spelled/.test(f.label)), 'the spelling finding about this article');
  });
});
