import * as assert from '../assert';
import * as vscode from 'vscode';
import { suite, test } from '../mochaSetup';
import { newslensExtension, readyApi } from '../helpers';

suite('web host: activation', () => {
  test('the tests run in the browser web worker host, where Node does not exist', () => {
    assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
    assert.strictEqual(typeof (globalThis as { process?: unknown }).process, 'undefined');
    assert.strictEqual(typeof (globalThis as { Buffer?: unknown }).Buffer, 'undefined');
  });

  test('the extension activates from its browser entry and its ready promise resolves', async () => {
    const extension = newslensExtension();
    assert.strictEqual(extension.packageJSON.browser, './dist/web.js');
    const api = await readyApi();
    assert.strictEqual(extension.isActive, true);
    assert.strictEqual(extension.exports, api);
    assert.strictEqual(api.services.workspace.state, 'idle');
  });

  test('the loaded bundle requires nothing but vscode', async () => {
    const bundleUri = vscode.Uri.joinPath(newslensExtension().extensionUri, 'dist', 'web.js');
    const response = await fetch(bundleUri.toString(true));
    assert.strictEqual(response.ok, true, `fetching ${bundleUri.toString(true)}: HTTP ${response.status}`);
    const bundle = await response.text();
    const required = new Set([...bundle.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]));
    assert.deepStrictEqual([...required], ['vscode']);
    assert.doesNotMatch(bundle, /\bprocess\.(env|cwd|platform|nextTick)\b/);
  });
});
