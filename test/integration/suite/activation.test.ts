import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import type { NewslensApi } from '../../../src/extension/extension';
import { ExtensionId, waitFor } from '../helpers';

suite('activation', () => {
  test('the Newslens extension is installed under its id', () => {
    const extension = vscode.extensions.getExtension(ExtensionId);
    assert.ok(extension, `${ExtensionId} is not among the loaded extensions`);
    assert.equal(extension.packageJSON.publisher, 'newslens');
  });

  test('it activates by itself when a folder of .txt articles is open', async () => {
    const extension = vscode.extensions.getExtension(ExtensionId);
    assert.ok(extension);
    // workspaceContains:**/*.txt activates it without anyone calling activate().
    await waitFor(`${ExtensionId} to activate`, () => extension.isActive, 15_000);
    // isActive is also true when activate() threw; activating again re-raises that error.
    await extension.activate().then(undefined, (error: unknown) => {
      assert.fail(`activate() threw: ${String((error as Error)?.stack ?? error)}`);
    });
    assert.equal(extension.isActive, true);
  });

  test('it reports how long loading and activate() took, for the benchmark', () => {
    const extension = vscode.extensions.getExtension<NewslensApi>(ExtensionId)!;
    const { loadMs, activateMs } = extension.exports.activation;
    assert.ok(typeof loadMs === 'number' && loadMs >= 0, `loadMs: ${loadMs}`);
    assert.ok(activateMs >= 0, `activateMs: ${activateMs}`);
    // Run from the repository (not an installed .vsix): leave the figures where `npm run bench` reads them.
    const results = path.join(extension.extensionPath, 'bench-results');
    if (fs.existsSync(path.join(extension.extensionPath, 'src', 'extension'))) {
      fs.mkdirSync(results, { recursive: true });
      const measured = { loadMs, activateMs, totalMs: loadMs! + activateMs, vscode: vscode.version, date: new Date().toISOString() };
      fs.writeFileSync(path.join(results, 'vscode-activation.json'), JSON.stringify(measured, null, 2) + '\n');
    }
  });
});
