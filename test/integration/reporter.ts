// A plain mocha reporter whose lines survive being relayed through the extension host's console:
// every line starts with a fixed prefix so the harness can pick them out of other log noise.
import Mocha from 'mocha';

export const LinePrefix = '[newslens-test] ';

const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } = Mocha.Runner.constants;

export class NewslensReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    let passed = 0;
    let failed = 0;
    const say = (line: string): void => console.log(`${LinePrefix}${line}`);

    runner.on(EVENT_TEST_PASS, (test) => {
      passed++;
      say(`PASS ${test.fullTitle()} (${test.duration ?? 0} ms)`);
    });
    runner.on(EVENT_TEST_FAIL, (test, error: Error) => {
      failed++;
      say(`FAIL ${test.fullTitle()}`);
      for (const line of String(error?.stack ?? error).split('\n')) say(`     ${line}`);
    });
    runner.on(EVENT_TEST_PENDING, (test) => {
      // Skipped tests are not allowed in this project: count them as failures so they get noticed.
      failed++;
      say(`FAIL ${test.fullTitle()} (skipped)`);
    });
    runner.once(EVENT_RUN_END, () => say(`${passed} passed, ${failed} failed`));
  }
}
