// Mocha's prebuilt browser bundle (no Node `process`, `fs` or `path`): it defines the global
// `mocha`, and setup() with the TDD interface defines the globals `suite`, `test`, `suiteSetup`.
import 'mocha/mocha.js';
import type { MochaGlobals, MochaOptions } from 'mocha';
import { NewslensWebReporter } from './reporter';

interface BrowserMocha {
  setup(options: MochaOptions): void;
  run(onDone: (failures: number) => void): void;
}

export const browserMocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;

browserMocha.setup({ ui: 'tdd', color: false, timeout: 30_000, reporter: NewslensWebReporter as unknown as MochaOptions['reporter'] });

const globals = globalThis as unknown as MochaGlobals;
export const suite = globals.suite;
export const test = globals.test;
export const suiteSetup = globals.suiteSetup;
