/**
 * `scan --json` written piece by piece: the same text as JSON.stringify(result, null, 2), made one
 * source, entity, group or finding at a time. For a 10,000-article folder the whole text is a
 * string of some 250 MB, held next to the result it was made from; pieces are small, and the
 * stream's back-pressure keeps what waits to be written small too.
 */
import type { ScanResult } from '../core/model';

/** Pieces whose concatenation is JSON.stringify(result, null, 2). */
export function* scanResultJson(result: ScanResult): Generator<string> {
  const keys = Object.keys(result) as (keyof ScanResult)[];
  yield '{';
  for (const [k, key] of keys.entries()) {
    const value = result[key];
    const separator = k < keys.length - 1 ? ',' : '';
    if (!Array.isArray(value) || value.length === 0) {
      yield `\n  ${JSON.stringify(key)}: ${indented(JSON.stringify(value, null, 2), '  ')}${separator}`;
      continue;
    }
    yield `\n  ${JSON.stringify(key)}: [`;
    for (const [i, item] of value.entries()) yield `\n    ${indented(JSON.stringify(item, null, 2), '    ')}${i < value.length - 1 ? ',' : ''}`;
    yield `\n  ]${separator}`;
  }
  yield '\n}';
}

/** Every line but the first shifted right (JSON.stringify escapes line breaks inside strings). */
function indented(json: string, by: string): string {
  return json.replace(/\n/g, `\n${by}`);
}

/** Writes pieces to a stream in chunks of about `chunkSize` characters, waiting whenever it is full. */
export async function writePieces(stream: NodeJS.WritableStream, pieces: Iterable<string>, chunkSize = 1 << 20): Promise<void> {
  let chunk = '';
  const flush = async (): Promise<void> => {
    const full = !stream.write(chunk);
    chunk = '';
    if (full) await new Promise<void>((resolve) => stream.once('drain', resolve));
  };
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= chunkSize) await flush();
  }
  if (chunk.length > 0) await flush();
}
