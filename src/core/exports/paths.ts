/**
 * Folder-relative posix paths as IRI references: relative to the exported document (so a
 * JSON-LD processor resolving them against the document's location finds the source next to
 * it), or absolute under a base IRI. Segments are percent-encoded.
 */

/** The IRI of `file` as seen from the document at `documentPath` (both relative to the folder), or under `baseIri`. */
export function iriOf(file: string, documentPath: string, baseIri?: string): string {
  if (baseIri) return baseIri + encodePath(file);
  const from = documentPath.split('/').slice(0, -1);
  const to = file.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return encodePath([...from.slice(common).map(() => '..'), ...to.slice(common)].join('/'));
}

/** The folder-relative path an IRI names, read from the document at `documentPath`; null when it leaves the folder or is absolute. */
export function pathOfIri(iri: string, documentPath: string, baseIri?: string): string | null {
  if (baseIri && iri.startsWith(baseIri)) return decodePath(iri.slice(baseIri.length));
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(iri) || iri.startsWith('/')) return null;
  const segments = documentPath.split('/').slice(0, -1);
  for (const segment of decodePath(iri.split(/[?#]/)[0]!).split('/')) {
    if (segment === '..') {
      if (segments.length === 0) return null;
      segments.pop();
    } else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

function encodePath(path: string): string {
  return path.split('/').map((s) => (s === '..' ? s : encodeURIComponent(s))).join('/');
}

function decodePath(path: string): string {
  try {
    return path.split('/').map(decodeURIComponent).join('/');
  } catch {
    return path;
  }
}
