/**
 * `scan --json` written piece by piece: the same text as JSON.stringify(result, null, 2), made a few
 * sources, entities, groups or findings at a time. For a 10,000-article folder the whole text is a
 * string of some 250 MB, held next to the result it was made from; pieces are small, and the
 * stream's back-pressure keeps what waits to be written small too.
 */
import type { ScanResult } from '../core/model';

/**
 * Pieces whose concatenation is JSON.stringify(result, null, 2). A list's items go a batch at a time,
 * stringified where they sit in the whole (see listItems), each batch sized after the last to come
 * near `charactersPerPiece`: pieces of megabytes are allocated where only a full collection frees
 * them (batches of 256 items took `scan --json` of 10,000 articles from ~415 to ~600 MB peak RSS).
 */
export function* scanResultJson(result: ScanResult, charactersPerPiece = 32 * 1024): Generator<string> {
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
    let batch = 1;
    for (let from = 0; from < value.length; ) {
      const items = value.slice(from, from + batch);
      const piece = listItems(key, items);
      yield (from > 0 ? ',' : '') + piece;
      from += items.length;
      // The next batch as many items as would have made this one about the size asked (at least one).
      batch = Math.max(1, Math.floor((items.length * charactersPerPiece) / piece.length));
    }
    yield `\n  ]${separator}`;
  }
  yield '\n}';
}

/**
 * Items of the list under `key`, as they are in the whole text ("\n    {…},\n    {…}"): stringified
 * inside an object of that one key, which puts them at the whole's depth, and cut out of it. Each
 * item stringified and then indented by a replace was a fifth of the main thread's time in a
 * 10,000-article `scan --json` (226 MB of JSON).
 */
function listItems(key: string, items: readonly unknown[]): string {
  const json = JSON.stringify({ [key]: items }, null, 2);
  const opening = `{\n  ${JSON.stringify(key)}: [`;
  const closing = '\n  ]\n}';
  return json.slice(opening.length, json.length - closing.length);
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
