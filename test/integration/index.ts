// Entry loaded by the VS Code extension host (code-server harness or @vscode/test-electron):
// runs every bundled suite/*.test.js with mocha and reports one line per test.
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import { LinePrefix, NewslensReporter } from './reporter';

/** Called by VS Code once the workbench and the extension under development are up. */
export function run(): Promise<void> {
  const grep = process.env.NEWSLENS_TEST_GREP;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 20_000, reporter: NewslensReporter, grep });
  const suiteDir = path.join(__dirname, 'suite');
  const files = fs.readdirSync(suiteDir).filter((name) => name.endsWith('.test.js')).sort();
  for (const name of files) mocha.addFile(path.join(suiteDir, name));
  console.log(`${LinePrefix}running ${files.length} suite file(s): ${files.join(', ')}`);

  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
