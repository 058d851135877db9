import * as assert from '../assert';
import * as vscode from 'vscode';
import { suite, test } from '../mochaSetup';
import { FixtureArticle, readWorkspaceText, readyApi, workspaceFile } from '../helpers';

suite('web host: annotation sidecars through vscode.workspace.fs', () => {
  test('Save Detected Annotations writes the sidecar (temporary file, then rename) and a second run adds nothing', async () => {
    await readyApi();
    const sidecar = workspaceFile(`${FixtureArticle}.annotations.yaml`);
    await vscode.window.showTextDocument(workspaceFile(FixtureArticle));
    try {
      const first = await vscode.commands.executeCommand<{ added: number }>('newslens.saveDetected');
      assert.ok(first && first.added > 0, `added ${first?.added}`);
      const text = await readWorkspaceText(`${FixtureArticle}.annotations.yaml`);
      assert.match(text, /status: detected/);
      assert.match(text, /Elin Sørby/);
      const second = await vscode.commands.executeCommand<{ added: number; unchanged: number }>('newslens.saveDetected');
      assert.strictEqual(second?.added, 0);
      assert.strictEqual(second?.unchanged, first.added);
      const leftovers = (await vscode.workspace.fs.readDirectory(workspaceFile('.'))).filter(([name]) => name.endsWith('.tmp'));
      assert.deepStrictEqual(leftovers, []);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(sidecar).then(undefined, () => undefined);
    }
  });
});
