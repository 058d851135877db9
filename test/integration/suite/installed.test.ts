// Smoke suite run against the packaged .vsix installed into the server (the harness's second
// phase, see scripts/vscode/run-tests.mjs): what ships is what was tested.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import type { NewslensApi } from '../../../src/extension/extension';
import { ExtensionId } from '../helpers';

function installed(): vscode.Extension<NewslensApi> {
  const extension = vscode.extensions.getExtension<NewslensApi>(ExtensionId);
  assert.ok(extension, `${ExtensionId} is not installed`);
  return extension;
}

suite('installed .vsix', () => {
  test('Newslens runs from the installed package, not from the repository', () => {
    const { extensionPath } = installed();
    assert.equal(fs.existsSync(path.join(extensionPath, 'src')), false, `${extensionPath} holds sources: not the packaged extension`);
    for (const shipped of ['dist/extension.js', 'dist/analysisWorker.js', 'dist/web.js', 'package.nls.json', 'schemas/annotations.schema.json']) {
      assert.ok(fs.existsSync(path.join(extensionPath, shipped)), `${shipped} is missing from the package`);
    }
    const samples = fs.readdirSync(path.join(extensionPath, 'samples')).filter((name) => name.endsWith('.txt'));
    assert.ok(samples.length >= 5, `the walkthrough's samples/ ships ${samples.length} article(s)`);
  });

  test('its manifest is localized: no %key% left in what VS Code shows', () => {
    const { packageJSON } = installed();
    const contributes = packageJSON.contributes as { commands: { title: string }[]; configuration: { title: string } };
    assert.equal(packageJSON.displayName.startsWith('%'), false, packageJSON.displayName);
    for (const command of contributes.commands) assert.equal(command.title.startsWith('%'), false, `untranslated title ${command.title}`);
  });

  test('every contributed command is registered', async () => {
    const extension = installed();
    await extension.activate();
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed = (extension.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
    assert.deepEqual(contributed.filter((command) => !registered.has(command)), []);
  });

  test('it indexes the open folder with the packaged engine and its worker', async () => {
    const api = await installed().activate();
    await api.ready;
    const result = api.services.workspace.result();
    assert.ok(result.sources.length >= 5, `${result.sources.length} sources indexed`);
    assert.ok(result.sources.some((source) => source.entities.length > 0 && source.quotes.length > 0), 'no entities or quotes found');
  });
});
