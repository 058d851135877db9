// The few assertions the web suites need. Node's `assert` is a Node built-in, which the web
// worker host does not have, and this suite must not bundle Node shims into the browser.

export class AssertionError extends Error {
  override name = 'AssertionError';
}

export function ok(value: unknown, message?: string): asserts value {
  if (!value) throw new AssertionError(message ?? `expected a truthy value, got ${String(value)}`);
}

export function strictEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!Object.is(actual, expected)) throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
}

/** Deep equality of JSON-like values (what the model and the index hand out). */
export function deepStrictEqual(actual: unknown, expected: unknown, message?: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
  }
}

export function match(text: string, pattern: RegExp, message?: string): void {
  if (!pattern.test(text)) throw new AssertionError(message ?? `${show(text.slice(0, 200))} does not match ${pattern}`);
}

export function doesNotMatch(text: string, pattern: RegExp, message?: string): void {
  const found = pattern.exec(text);
  if (found) throw new AssertionError(message ?? `unexpected ${show(found[0])} (at ${found.index}) matching ${pattern}`);
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
}
