import assert from 'node:assert/strict';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { NewslensApi } from '../../../src/extension/extension';
import { flatten, openNewArticle, readText, viewItems, waitForAsync, workspaceFile, resetEditors } from '../annotationHelpers';
import { ExtensionId } from '../helpers';

const ARTICLE = [
  'Ferry timetable changes in Brackwater',
  'By Ines Halvorsen, Brackwater Post',
  'July 9, 2026',
  '',
  'BRACKWATER — The island ferry will run every hour from August.',
  '',
  '"Islanders asked for this for years," said Oskar Nilsen, the ferry operator.',
  '',
  '"The late crossing stays," said Marta Quist, who chairs the island council.',
  '',
].join('\n');

interface RegistryEntry {
  name: string;
  type: string;
  aliases?: string[];
  distinct?: string[];
}

async function registry(): Promise<RegistryEntry[]> {
  const text = await readText(workspaceFile('newslens.entities.yaml'));
  return text === null ? [] : ((parse(text) as { entities: RegistryEntry[] }).entities ?? []);
}

/** Every indexed article and its mentions' spans, from the workspace index's result. */
function articleSpans(): string {
  const { workspace } = vscode.extensions.getExtension<NewslensApi>(ExtensionId)!.exports.services;
  return JSON.stringify(workspace.result().sources.map((source) => [source.file, source.entities.map((m) => [m.start, m.end, m.text])]));
}

async function personId(name: string): Promise<string | undefined> {
  const people = (await viewItems('newslens.entities')).find((t) => t.label === 'People');
  return flatten(people?.children ?? []).find((n) => n.contextValue === 'entity' && n.label === name)?.data?.entity as string | undefined;
}

suite('commands: registry edits and saving detected annotations', () => {
  suiteTeardown(resetEditors);
  test('Merge Entities, Split Entity and Rename write the registry, and the index follows it', async () => {
    await openNewArticle('commands-ferry.txt', ARTICLE);
    await waitForAsync('both speakers among the entities', async () => Boolean((await personId('Oskar Nilsen')) && (await personId('Marta Quist'))));
    const keep = (await personId('Marta Quist'))!;
    const absorb = (await personId('Oskar Nilsen'))!;
    const spans = articleSpans();

    assert.equal(await vscode.commands.executeCommand('newslens.mergeEntities', { keep, absorb }), true);
    let entry = (await registry()).find((e) => e.name === 'Marta Quist');
    assert.ok(entry?.aliases?.includes('Oskar Nilsen'), JSON.stringify(await registry()));
    // The index reloads the registry: one entity now carries both names.
    await waitForAsync('the merged entity in the Entities view', async () => (await personId('Oskar Nilsen')) === undefined, 5000);
    // A registry change attaches every article again, its text read back from its file or editor
    // (the index keeps fingerprints, not texts, on the desktop): all are there, with the same mentions.
    assert.equal(articleSpans(), spans);

    assert.equal(await vscode.commands.executeCommand('newslens.splitEntity', { entity: keep, aliases: ['Oskar Nilsen'], newName: 'Oskar Nilsen' }), true);
    const entries = await registry();
    entry = entries.find((e) => e.name === 'Marta Quist');
    assert.ok(!entry?.aliases?.includes('Oskar Nilsen'));
    assert.ok(entry?.distinct?.includes('Oskar Nilsen'));
    assert.ok(entries.some((e) => e.name === 'Oskar Nilsen' && e.distinct?.includes('Marta Quist')));
    await waitForAsync('both entities again', async () => Boolean(await personId('Oskar Nilsen')), 5000);

    const id = (await personId('Marta Quist'))!;
    assert.equal(await vscode.commands.executeCommand('newslens.renameEntity', { entity: id, newName: 'Marta K. Quist' }), true);
    const renamed = (await registry()).find((e) => e.name === 'Marta K. Quist');
    assert.ok(renamed?.aliases?.includes('Marta Quist'), JSON.stringify(await registry()));
  });

  test('Save Detected Annotations writes the engine’s items with status detected; a second run adds nothing', async () => {
    await openNewArticle('commands-save.txt', ARTICLE.replace(/Brackwater/g, 'Kelmouth'));
    const first = await vscode.commands.executeCommand<{ added: number }>('newslens.saveDetected');
    assert.ok(first && first.added > 0, `added ${first?.added}`);
    const sidecar = parse((await readText(workspaceFile('commands-save.txt.annotations.yaml')))!) as { annotations: { type: string; status: string }[] };
    assert.ok(sidecar.annotations.some((a) => a.type === 'quote' && a.status === 'detected'));
    assert.ok(sidecar.annotations.some((a) => a.type === 'entity' && a.status === 'detected'));
    const second = await vscode.commands.executeCommand<{ added: number; unchanged: number }>('newslens.saveDetected');
    assert.equal(second?.added, 0);
    assert.equal(second?.unchanged, first.added);
  });

  test('Save Detected Annotations for All Sources runs under a progress notification and reports totals', async () => {
    await openNewArticle('commands-all.txt', ARTICLE.replace(/Brackwater/g, 'Dunmere'));
    const summary = await vscode.commands.executeCommand<{ sources: number; added: number; failed: string[]; cancelled: boolean }>('newslens.saveDetectedAll', { files: ['commands-all.txt', 'commands-save.txt'] });
    assert.equal(summary?.sources, 2);
    assert.equal(summary?.cancelled, false);
    assert.deepEqual(summary?.failed, []);
    assert.ok((await readText(workspaceFile('commands-all.txt.annotations.yaml')))?.includes('status: detected'));
  });
});
