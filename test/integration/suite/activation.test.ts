import assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
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
});
