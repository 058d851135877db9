// A plain reporter for the browser build (no Base class, no terminal): every line starts with a
// fixed prefix so the harness can pick it out of the workbench's console noise.
import type { Runner, Test } from 'mocha';

export const LinePrefix = '[newslens-test] ';

export class NewslensWebReporter {
  constructor(runner: Runner) {
    let passed = 0;
    let failed = 0;
    const say = (line: string): void => console.log(`${LinePrefix}${line}`);
    runner.on('pass', (test: Test) => {
      passed++;
      say(`PASS ${test.fullTitle()} (${test.duration ?? 0} ms)`);
    });
    runner.on('fail', (test: Test, error: Error) => {
      failed++;
      say(`FAIL ${test.fullTitle()}`);
      for (const line of String(error?.stack ?? error).split('\n')) say(`     ${line}`);
    });
    runner.on('pending', (test: Test) => {
      // Skipped tests are not allowed in this project: count them as failures so they get noticed.
      failed++;
      say(`FAIL ${test.fullTitle()} (skipped)`);
    });
    runner.once('end', () => say(`${passed} passed, ${failed} failed`));
  }
}
