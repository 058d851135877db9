// Entry loaded by @vscode/test-web's worker extension host. The harness bundles it together with
// every suite/*.webtest.ts (imported after this file, so mocha is set up before they register).
import { browserMocha } from './mochaSetup';

/** Called by the workbench once the extension under development is loaded. */
export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      browserMocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
