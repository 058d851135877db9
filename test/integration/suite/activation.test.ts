import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
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
    const host = hostActivationMarks();
    assert.ok(host, 'the extension host marked when it loaded and activated Newslens');
    // Run from the repository (not an installed .vsix): leave the figures where `npm run bench` reads them.
    const results = path.join(extension.extensionPath, 'bench-results');
    if (fs.existsSync(path.join(extension.extensionPath, 'src', 'extension'))) {
      fs.mkdirSync(results, { recursive: true });
      const bundle = fs.readFileSync(path.join(extension.extensionPath, 'dist', 'extension.js'));
      const run = {
        // What VS Code counts as an extension's activation (its Running Extensions view): loading
        // the code (read, compile, evaluate) plus the activate() call; from the host's own marks.
        totalMs: host ? host.codeLoadingMs + host.activateCallMs : loadMs! + activateMs,
        ...host,
        // The bundle's own clock: its first line to activate()'s start (includes the host's wait), activate().
        bannerToActivateMs: loadMs,
        activateMs,
        // activate()'s parts: the services, then each feature.
        partsMs: extension.exports.activation.partsMs,
        date: new Date().toISOString(),
      };
      // Runs accumulate per bundle (by its hash), so the benchmark can give a median of several.
      const file = path.join(results, 'vscode-activation.json');
      const bundleHash = createHash('sha256').update(bundle).digest('hex').slice(0, 16);
      const previous = readJson(file);
      const runs = previous?.bundleHash === bundleHash && Array.isArray(previous.runs) ? previous.runs.slice(-9) : [];
      fs.writeFileSync(file, JSON.stringify({ vscode: vscode.version, bundleHash, runs: [...runs, run] }, null, 2) + '\n');
    }
  });
});

interface PerformanceMark {
  name: string;
  startTime: number;
}

/**
 * The extension host's performance marks around this extension (vs/base/common/performance keeps
 * them on globalThis; millisecond resolution): the require() of its code and the activate() call.
 */
function hostActivationMarks(): { codeLoadingMs: number; activateCallMs: number; hostWaitMs: number } | undefined {
  const marks = (globalThis as { MonacoPerformanceMarks?: { getMarks(): PerformanceMark[] } }).MonacoPerformanceMarks?.getMarks() ?? [];
  const at = (what: string): number | undefined => marks.find((m) => m.name === `code/extHost/${what}/${ExtensionId}`)?.startTime;
  const [willLoad, didLoad, willActivate, didActivate] = ['willLoadExtensionCode', 'didLoadExtensionCode', 'willActivateExtension', 'didActivateExtension'].map(at);
  if (willLoad === undefined || didLoad === undefined || willActivate === undefined || didActivate === undefined) return undefined;
  return { codeLoadingMs: didLoad - willLoad, activateCallMs: didActivate - willActivate, hostWaitMs: willActivate - didLoad };
}

function readJson(file: string): { bundleHash?: string; runs?: unknown[] } | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}
